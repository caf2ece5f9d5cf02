#include "RetentionForm.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace satchel::ui {

using Mode = sync::RetentionPolicy::Mode;

namespace {

constexpr qint64 BytesPerMegabyte = 1024 * 1024;
// What the spin boxes show while their choice is off, so that turning it on starts somewhere
// sensible.
constexpr int DefaultDays = 14;
constexpr int DefaultMaxMessages = 1000;
constexpr int DefaultMaxMegabytes = 500;
constexpr int DefaultMaxMessageKb = 1024;

QSpinBox *spinBox(const QString &objectName, const QString &accessibleName, int maximum,
                  const QString &suffix, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName);
    box->setRange(1, maximum);
    box->setSuffix(suffix);
    return box;
}

// A row that keeps its widgets at their own size, on the left.
QHBoxLayout *leftAligned(QWidget *first, QWidget *second = nullptr)
{
    auto *row = new QHBoxLayout;
    row->addWidget(first);
    if (second)
        row->addWidget(second);
    row->addStretch();
    return row;
}

} // namespace

RetentionForm::RetentionForm(MeteredChoice metered, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_group = new QButtonGroup(this);
    const auto radio = [this](const QString &name, const QString &text, Mode mode) {
        auto *button = new QRadioButton(text, this);
        button->setObjectName(name);
        m_group->addButton(button, int(mode));
        return button;
    };
    m_no = radio(QStringLiteral("leaveNo"), tr("&Delete from the server once stored here"),
                 Mode::DeleteAfterDownload);
    m_days = radio(QStringLiteral("leaveDays"), tr("Leave on the server for"), Mode::ForDays);
    m_daysCount = spinBox(QStringLiteral("leaveDaysCount"),
                          tr("Days to leave messages on the server"), 3650, tr(" days"), this);
    m_untilDeleted
        = radio(QStringLiteral("leaveUntilDeleted"),
                tr("Leave on the server &until I delete it here"), Mode::UntilDeletedHere);
    m_forever
        = radio(QStringLiteral("leaveForever"), tr("Leave on the server &forever"), Mode::Forever);
    layout->addWidget(m_no);
    layout->addLayout(leftAligned(m_days, m_daysCount));
    layout->addWidget(m_untilDeleted);
    layout->addWidget(m_forever);

    // The caps combine with any choice that leaves copies: indented below them.
    auto *caps = new QGridLayout;
    caps->setContentsMargins(20, 0, 0, 0);
    m_capMessages = new QCheckBox(tr("Keep at most"), this);
    m_capMessages->setObjectName(QStringLiteral("capMessages"));
    m_capMessagesCount
        = spinBox(QStringLiteral("capMessagesCount"), tr("Most messages kept on the server"),
                  1'000'000, tr(" messages on the server"), this);
    m_capSize = new QCheckBox(tr("Keep at most"), this);
    m_capSize->setObjectName(QStringLiteral("capSize"));
    m_capSizeMegabytes
        = spinBox(QStringLiteral("capSizeMegabytes"), tr("Most megabytes kept on the server"),
                  1'000'000, tr(" MB on the server"), this);
    caps->addWidget(m_capMessages, 0, 0);
    caps->addWidget(m_capMessagesCount, 0, 1);
    caps->addWidget(m_capSize, 1, 0);
    caps->addWidget(m_capSizeMegabytes, 1, 1);
    caps->setColumnStretch(2, 1);
    layout->addLayout(caps);

    m_layout = new QFormLayout;
    m_headersOnly = new QCheckBox(tr("Download only the &headers (the rest of a message when you "
                                     "ask for it)"),
                                  this);
    m_headersOnly->setObjectName(QStringLiteral("headersOnly"));
    m_layout->addRow(m_headersOnly);
    if (metered != MeteredChoice::Hidden) {
        m_headersOnlyWhenMetered = new QCheckBox(
            tr("Only the headers on a &metered connection (mobile data, a hotspot)"), this);
        m_headersOnlyWhenMetered->setObjectName(QStringLiteral("headersOnlyWhenMetered"));
        m_layout->addRow(m_headersOnlyWhenMetered);
    }
    if (metered == MeteredChoice::OfferedButUnknowable) {
        auto *cannotTell = new QLabel(tr("This computer does not say whether its connection is "
                                         "metered, so for now this never applies."),
                                      this);
        cannotTell->setObjectName(QStringLiteral("meteredUnknown"));
        cannotTell->setWordWrap(true);
        cannotTell->setForegroundRole(QPalette::PlaceholderText);
        m_layout->addRow(cannotTell);
    }
    m_sizeLimit = new QCheckBox(tr("Only the headers of messages larger than"), this);
    m_sizeLimit->setObjectName(QStringLiteral("sizeLimit"));
    m_sizeLimitKilobytes = spinBox(QStringLiteral("sizeLimitKilobytes"),
                                   tr("Size limit in kilobytes"), 1'000'000, tr(" KB"), this);
    m_layout->addRow(leftAligned(m_sizeLimit, m_sizeLimitKilobytes));
    layout->addLayout(m_layout);

    connect(m_group, &QButtonGroup::idToggled, this, &RetentionForm::updateEnabled);
    for (QCheckBox *box : {m_capMessages, m_capSize, m_sizeLimit, m_headersOnly})
        connect(box, &QCheckBox::toggled, this, &RetentionForm::updateEnabled);
    setSettings(accounts::AccountSettings {});
}

void RetentionForm::setSettings(const accounts::AccountSettings &settings)
{
    const sync::RetentionPolicy &r = settings.retention;
    m_group->button(int(r.mode()))->setChecked(true);
    m_daysCount->setValue(r.maxDays.value_or(DefaultDays));
    m_capMessages->setChecked(r.maxMessages.has_value());
    m_capMessagesCount->setValue(r.maxMessages.value_or(DefaultMaxMessages));
    m_capSize->setChecked(r.maxBytes.has_value());
    m_capSizeMegabytes->setValue(r.maxBytes ? int(*r.maxBytes / BytesPerMegabyte)
                                            : DefaultMaxMegabytes);
    m_headersOnly->setChecked(settings.headersOnly);
    if (m_headersOnlyWhenMetered)
        m_headersOnlyWhenMetered->setChecked(settings.headersOnlyWhenMetered);
    m_sizeLimit->setChecked(settings.maxMessageKb.has_value());
    m_sizeLimitKilobytes->setValue(int(settings.maxMessageKb.value_or(DefaultMaxMessageKb)));
    updateEnabled();
}

void RetentionForm::applyTo(accounts::AccountSettings &settings) const
{
    settings.retention = policy();
    settings.headersOnly = m_headersOnly->isChecked();
    if (m_headersOnlyWhenMetered)
        settings.headersOnlyWhenMetered = m_headersOnlyWhenMetered->isChecked();
    // Headers only takes no message in full, whatever its size.
    settings.maxMessageKb = !settings.headersOnly && m_sizeLimit->isChecked()
        ? std::optional<qint64>(m_sizeLimitKilobytes->value())
        : std::nullopt;
}

sync::RetentionPolicy RetentionForm::policy() const
{
    sync::RetentionPolicy r;
    const Mode mode = currentMode();
    r.setMode(mode, m_daysCount->value());
    if (mode == Mode::DeleteAfterDownload)
        return r; // caps mean nothing when nothing stays
    if (m_capMessages->isChecked())
        r.maxMessages = m_capMessagesCount->value();
    if (m_capSize->isChecked())
        r.maxBytes = qint64(m_capSizeMegabytes->value()) * BytesPerMegabyte;
    return r;
}

void RetentionForm::addRow(const QString &label, QWidget *field)
{
    // A label of its own: QFormLayout gives none a buddy when the field is a layout.
    auto *text = new QLabel(label, this);
    text->setBuddy(field);
    m_layout->addRow(text, leftAligned(field));
}

void RetentionForm::setLeavingPossible(bool possible)
{
    m_leavingPossible = possible;
    for (QRadioButton *button : {m_days, m_untilDeleted, m_forever})
        button->setEnabled(possible);
    if (!possible)
        m_no->setChecked(true);
    updateEnabled();
}

void RetentionForm::updateEnabled()
{
    const bool leaves = m_leavingPossible && currentMode() != Mode::DeleteAfterDownload;
    m_daysCount->setEnabled(m_days->isChecked() && m_days->isEnabled());
    m_capMessages->setEnabled(leaves);
    m_capSize->setEnabled(leaves);
    m_capMessagesCount->setEnabled(leaves && m_capMessages->isChecked());
    m_capSizeMegabytes->setEnabled(leaves && m_capSize->isChecked());
    const bool whole = !m_headersOnly->isChecked();
    if (m_headersOnlyWhenMetered)
        m_headersOnlyWhenMetered->setEnabled(whole);
    m_sizeLimit->setEnabled(whole);
    m_sizeLimitKilobytes->setEnabled(whole && m_sizeLimit->isChecked());
}

Mode RetentionForm::currentMode() const
{
    return Mode(m_group->checkedId());
}

} // namespace satchel::ui
