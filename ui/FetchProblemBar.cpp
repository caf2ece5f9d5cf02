#include "FetchProblemBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace satchel::ui {

FetchProblemBar::FetchProblemBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("fetchProblems"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
    layout->addWidget(m_icon);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("fetchProblemText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setAccessibleName(tr("Problems getting mail"));
    layout->addWidget(m_text);
    m_action = new QToolButton(this);
    m_action->setObjectName(QStringLiteral("fetchProblemAction"));
    m_action->setAutoRaise(false);
    layout->addWidget(m_action);
    layout->addStretch(1);
    connect(m_action, &QToolButton::clicked, this, [this] {
        // Copied: acting on a problem may clear it while the loop runs.
        const QList<Problem> problems = m_problems;
        for (const Problem &p : problems)
            Q_EMIT actionRequested(p.accountId);
    });
    hide();
}

void FetchProblemBar::setProblem(qint64 accountId, const QString &accountName, const QString &text,
                                 const QString &actionText)
{
    m_problems.removeIf([accountId](const Problem &p) { return p.accountId == accountId; });
    m_problems.append({accountId, accountName, text, actionText});
    update();
}

void FetchProblemBar::clearProblem(qint64 accountId)
{
    m_problems.removeIf([accountId](const Problem &p) { return p.accountId == accountId; });
    update();
}

QString FetchProblemBar::problem(qint64 accountId) const
{
    for (const Problem &p : m_problems) {
        if (p.accountId == accountId)
            return p.text;
    }
    return {};
}

QString FetchProblemBar::text() const
{
    return m_text->text();
}

void FetchProblemBar::update()
{
    if (m_problems.isEmpty()) {
        m_text->clear();
        hide();
        return;
    }
    QStringList lines;
    for (const Problem &p : std::as_const(m_problems))
        lines << tr("%1: %2").arg(p.accountName, p.text);
    m_text->setToolTip(lines.join(u'\n'));
    if (m_problems.size() == 1) {
        const Problem &p = m_problems.constFirst();
        m_text->setText(tr("%1: %2").arg(p.accountName, p.text));
        m_action->setText(p.actionText);
    } else {
        m_text->setText(tr("Mail could not be fetched for %n account(s) (point here for why).",
                           nullptr, int(m_problems.size())));
        m_action->setText(tr("Retry All"));
    }
    m_action->setAccessibleName(m_action->text());
    show();
}

} // namespace satchel::ui
