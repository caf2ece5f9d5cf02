// libFuzzer entry point: arbitrary server bytes into a POP3 session (see Pop3SessionFuzz.h).
#include "Pop3SessionFuzz.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Timers (the session's watchdog) need an application object; nothing runs its event loop.
    static QCoreApplication app(*argc, *argv);
    QLoggingCategory::setFilterRules(QStringLiteral("satchel.*=false"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    satchel::fuzz::runPop3Session(
        QByteArrayView(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)));
    return 0;
}
