#include "HeadlessDemo.h"

#include "DemoSession.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace satchel::app {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("satchel::app::HeadlessDemo", text, nullptr, n);
}

} // namespace

bool wantsHeadlessDemo(const QStringList &arguments)
{
    return arguments.contains(QStringLiteral("--demo"))
        && arguments.contains(QStringLiteral("--headless"));
}

int runHeadlessDemo(const QStringList &arguments)
{
    DemoSession demo;
    const qsizetype profileAt = arguments.indexOf(QStringLiteral("--profile"));
    if (profileAt >= 0) {
        if (profileAt + 1 >= arguments.size()) {
            QTextStream(stderr) << tr("--profile needs a folder.") << Qt::endl;
            return 2;
        }
        demo.setProfileDirectory(arguments.at(profileAt + 1));
    }

    int exitCode = 1;
    QObject::connect(&demo, &DemoSession::finished, &demo, [&exitCode](const DemoResult &result) {
        if (result.ok) {
            QTextStream(stdout) << tr("Demo: %n messages fetched into %1", result.newMessages)
                                       .arg(result.profilePath)
                                << Qt::endl;
            exitCode = 0;
        } else {
            QTextStream(stderr) << tr("Demo failed: %1").arg(result.message) << Qt::endl;
        }
        QCoreApplication::exit(exitCode);
    });
    demo.start();
    QCoreApplication::exec();
    return exitCode;
}

} // namespace satchel::app
