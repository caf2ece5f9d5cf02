#include "HeadlessDemo.h"

#include "DemoSession.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace satchel::app {

namespace {

// This file's translation context: a class lupdate sees (a free tr() wrapper would file the texts
// under a context the code never asks for).
struct HeadlessDemoText
{
    Q_DECLARE_TR_FUNCTIONS(HeadlessDemoText)
};

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
            QTextStream(stderr) << HeadlessDemoText::tr("--profile needs a folder.") << Qt::endl;
            return 2;
        }
        demo.setProfileDirectory(arguments.at(profileAt + 1));
    }

    int exitCode = 1;
    QObject::connect(&demo, &DemoSession::finished, &demo, [&exitCode](const DemoResult &result) {
        if (result.ok) {
            QTextStream(stdout) << HeadlessDemoText::tr("Demo: %n messages fetched into %1",
                                                        nullptr, result.newMessages)
                                       .arg(result.profilePath)
                                << Qt::endl;
            exitCode = 0;
        } else {
            QTextStream(stderr) << HeadlessDemoText::tr("Demo failed: %1").arg(result.message)
                                << Qt::endl;
        }
        QCoreApplication::exit(exitCode);
    });
    demo.start();
    QCoreApplication::exec();
    return exitCode;
}

} // namespace satchel::app
