#pragma once

// Drives the account wizard the way a user does: typing into its fields (found by object name)
// and pressing Next. Shared by the offscreen wizard tests and the screenshot program.
#include "AccountWizard.h"
#include "CertificateDialog.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

namespace satchel::test::wizard {

template<typename T> T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

inline void fillIdentity(ui::AccountWizard &wizard, const QString &name, const QString &address,
                         const QString &password)
{
    child<QLineEdit>(&wizard, "displayName")->setText(name);
    child<QLineEdit>(&wizard, "address")->setText(address);
    child<QLineEdit>(&wizard, "password")->setText(password);
}

inline QString text(QObject *wizard, const char *name)
{
    return child<QLabel>(wizard, name)->text();
}

inline bool nextEnabled(ui::AccountWizard &wizard)
{
    return wizard.button(QWizard::NextButton)->isEnabled();
}

} // namespace satchel::test::wizard
