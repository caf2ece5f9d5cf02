#pragma once

#include "accounts/AccountSettings.h"
#include "sync/RetentionPolicy.h"

#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QFormLayout;
class QRadioButton;
class QSpinBox;

namespace satchel::ui {

// What stays on the server and what is downloaded of one account: the leave-on-server choice
// (delete once stored here, for N days, until deleted here, forever), the caps on what is left
// there, headers only and the size above which only the headers come. The account wizard's last
// page and the edit dialog's Download tab are this form; each adds its own row for how often to
// check (addRow).
class RetentionForm : public QWidget
{
    Q_OBJECT

public:
    // "Only the headers on a metered connection" is a choice of the edit dialog; where the system
    // cannot tell a metered connection, the form says that it never applies.
    enum class MeteredChoice { Hidden, Offered, OfferedButUnknowable };

    explicit RetentionForm(MeteredChoice metered = MeteredChoice::Hidden,
                           QWidget *parent = nullptr);

    // Shows the fields this form holds (retention, headersOnly, headersOnlyWhenMetered when
    // offered, maxMessageKb).
    void setSettings(const accounts::AccountSettings &settings);
    // Writes them back, leaving every other field as it is.
    void applyTo(accounts::AccountSettings &settings) const;
    [[nodiscard]] sync::RetentionPolicy policy() const;

    // A server without UIDL cannot keep copies apart: then only "delete once stored here" can be
    // chosen (sync::checkServer says why).
    void setLeavingPossible(bool possible);

    // A row below the form's own: `field` keeps its size, and the accelerator in `label` reaches
    // it.
    void addRow(const QString &label, QWidget *field);

private:
    void updateEnabled();
    [[nodiscard]] sync::RetentionPolicy::Mode currentMode() const;

    bool m_leavingPossible = true;
    QButtonGroup *m_group = nullptr;
    QRadioButton *m_no = nullptr;
    QRadioButton *m_days = nullptr;
    QSpinBox *m_daysCount = nullptr;
    QRadioButton *m_untilDeleted = nullptr;
    QRadioButton *m_forever = nullptr;
    QCheckBox *m_capMessages = nullptr;
    QSpinBox *m_capMessagesCount = nullptr;
    QCheckBox *m_capSize = nullptr;
    QSpinBox *m_capSizeMegabytes = nullptr;
    QFormLayout *m_layout = nullptr;
    QCheckBox *m_headersOnly = nullptr;
    QCheckBox *m_headersOnlyWhenMetered = nullptr; // null unless offered
    QCheckBox *m_sizeLimit = nullptr;
    QSpinBox *m_sizeLimitKilobytes = nullptr;
};

} // namespace satchel::ui
