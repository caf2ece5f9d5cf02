#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QLabel;
class QToolButton;

namespace satchel::ui {

// The status bar's calm account of fetches that went wrong: one line with the plain explanation
// and one button for what to do next (retry, enter the password, look at the certificate). With
// several accounts in trouble the line counts them, the tooltip lists each, and the button acts
// for all. Hidden while there is nothing to say.
class FetchProblemBar : public QWidget
{
    Q_OBJECT

public:
    explicit FetchProblemBar(QWidget *parent = nullptr);

    // Replaces the account's earlier problem, if any.
    void setProblem(qint64 accountId, const QString &accountName, const QString &text,
                    const QString &actionText);
    void clearProblem(qint64 accountId);
    [[nodiscard]] QString problem(qint64 accountId) const;
    [[nodiscard]] bool hasProblems() const { return !m_problems.isEmpty(); }
    [[nodiscard]] QString text() const;
    [[nodiscard]] QToolButton *actionButton() const { return m_action; }

Q_SIGNALS:
    void actionRequested(qint64 accountId);

private:
    struct Problem
    {
        qint64 accountId = 0;
        QString accountName;
        QString text;
        QString actionText;
    };

    void update();

    QList<Problem> m_problems; // oldest first
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QToolButton *m_action = nullptr;
};

} // namespace satchel::ui
