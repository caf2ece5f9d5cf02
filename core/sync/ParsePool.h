#pragma once

#include "mime/ParsedMessage.h"
#include "store/DerivedColumns.h"
#include "store/RawCodec.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <deque>
#include <memory>
#include <optional>

namespace satchel::sync {

// Parses downloaded messages (MIME parse, the archive's derived columns, SHA-256 and compression
// of the bytes) on worker threads and hands them back on the owner's thread in the order they
// were submitted, so that storing them can overlap with parsing the next ones and with the
// network. The owner bounds what is queued (size(), bytes()) and waits for the head when it has
// too much in hand.
class ParsePool : public QObject
{
    Q_OBJECT

public:
    struct Item
    {
        int number = 0; // the POP3 message number
        QString uidl; // empty without UIDL
        bool partial = false;
        QByteArray raw;
        QDateTime arrival;
        // Filled in by the worker.
        std::optional<mime::ParsedMessage> parsed;
        std::optional<store::DerivedColumns> derived; // store::deriveColumns(*parsed)
        QByteArray rawHash;
        std::optional<store::EncodedRaw> encodedRaw; // store::encodeRaw(raw), for the archive
    };

    // threads <= 0: one per core but one, which is left to the owner's thread (see the .cpp).
    explicit ParsePool(int threads = 0, QObject *parent = nullptr);
    // Drops what has not started and waits for what is running.
    ~ParsePool() override;
    ParsePool(const ParsePool &) = delete;
    ParsePool &operator=(const ParsePool &) = delete;

    void submit(Item item);
    [[nodiscard]] bool isEmpty() const { return m_queue.empty(); }
    [[nodiscard]] int size() const { return int(m_queue.size()); }
    [[nodiscard]] qint64 bytes() const { return m_bytes; } // raw bytes queued
    // The oldest item is parsed.
    [[nodiscard]] bool headReady() const;
    // Waits for the oldest item; the queue must not be empty.
    [[nodiscard]] Item takeHead();
    // Forgets everything queued (running parses finish unseen).
    void clear();

Q_SIGNALS:
    // An item finished parsing; queued to the owner's thread. The head may still be waiting.
    void parsed();

private:
    struct Slot;
    struct Shared;

    std::shared_ptr<Shared> m_shared;
    std::deque<std::shared_ptr<Slot>> m_queue;
    qint64 m_bytes = 0;
    QThreadPool m_threads;
};

} // namespace satchel::sync
