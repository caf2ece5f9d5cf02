#pragma once

#include "mime/ParsedMessage.h"
#include "store/MessageRow.h"

#include <QHash>
#include <QTemporaryDir>
#include <QWidget>

#include <memory>
#include <optional>

class QFormLayout;
class QFrame;
class QLabel;
class QListWidget;
class QPushButton;
class QToolButton;

namespace satchel::model {
class MessageLoader;
struct LoadedMessage;
} // namespace satchel::model
namespace satchel::store {
class Archive;
}

namespace satchel::ui {

class SafeBrowser;

// One message: its header block, a bar for blocked remote content, a bar for a partial message,
// the body (HTML through SafeBrowser, plain text with quote levels and links), and its
// attachments.
//
// The UI thread never parses here: showMessage() reads the message's row (one indexed read) and
// shows its header at once, with the body saying it is loading; a model::MessageLoader reads the
// raw bytes and parses them on its own thread, and the body, the attachments and the rest follow
// with messageLoaded(). Whatever needs the parsed form waits for it: the source is shown once it
// is there, attachments are listed (and so can be opened or saved) only then. Attachments are
// decoded and written on the loader's thread as well. A very long body is shown in part, with a
// button for the whole (laying out megabytes of text would stop the window).
class MessageView : public QWidget
{
    Q_OBJECT

public:
    explicit MessageView(QWidget *parent = nullptr);
    ~MessageView() override;

    // The view reads rows through this connection and bodies through its loader's own one,
    // opened on the loader's thread from archive->path() (so not for a ":memory:" archive).
    void setArchive(store::Archive *archive);
    // Shows the message's header at once and loads the rest; false (with a calm explanation)
    // when the archive has no such message. Showing the message on screen again reads it again.
    bool showMessage(qint64 id);
    // Shows a message that is not in the archive, from its bytes (an attached message/rfc822).
    void showRaw(const QByteArray &raw, const QDateTime &arrival = {});
    void clear();
    [[nodiscard]] qint64 messageId() const { return m_id; } // 0 for showRaw()
    [[nodiscard]] bool hasMessage() const { return m_shown; } // its header is on screen
    [[nodiscard]] bool isLoading() const { return m_loading; }
    [[nodiscard]] bool isLoaded() const { return m_loaded; } // body and attachments shown
    [[nodiscard]] SafeBrowser *body() const { return m_body; }
    // The parsed message once loaded (empty before).
    [[nodiscard]] const mime::ParsedMessage &message() const { return m_parsed; }
    [[nodiscard]] model::MessageLoader *loader() const { return m_loader; }

    // Scrolls the body one page down; false when it was already at the end (Space then moves
    // on to the next message). While the body is loading it stays on this message: true.
    bool pageDown();

    // A body longer than this many characters is shown up to here (at a line or tag end), with
    // a bar that offers the whole. Qt lays out about 1 KB of HTML per millisecond, so this keeps
    // a message to about a tenth of a second; Gmail clips mail at about the same size (102 KB).
    static constexpr qsizetype kShownBodyChars = 100 * 1024;
    [[nodiscard]] bool bodyIsCut() const { return m_bodyCut; }
    void showWholeBody();

    // The attachments listed (not the inline images the body shows); empty until loaded.
    [[nodiscard]] QList<mime::Attachment> attachments() const { return m_attachments; }
    // Writes an attachment on the loader's thread; attachmentsSaved() follows. False when there
    // is no such attachment (nothing is written).
    bool saveAttachment(int index, const QString &path);
    // An attached message (Attachment::isMessage) in a window of its own: a MessageView that
    // loads the inner message, closed with this view's window. nullptr if it is not one.
    QWidget *openAttachedMessage(int index);
    // Every attachment into `folder` under its own (made safe, made unique) name, on the loader's
    // thread; returns how many are being written, and attachmentsSaved() follows once.
    int saveAllAttachments(const QString &folder);
    void setDetailsShown(bool shown);
    [[nodiscard]] bool detailsShown() const { return m_detailsShown; }

    // Plain text as rich text: escaped, links made clickable, quoted lines ("> ") set apart by
    // level in colours that suit the palette.
    [[nodiscard]] static QString plainTextToHtml(const QString &text, const QPalette &palette);

public Q_SLOTS:
    void showSource();
    void openSelectedAttachment();
    void saveSelectedAttachment();
    void saveAllAttachmentsAsk();
    void loadRemoteContent();

Q_SIGNALS:
    // The user wants the rest of a partial message that is still on the server.
    void downloadRestRequested(qint64 messageId);
    void linkActivated(const QUrl &url);
    // The body and attachments of the message on screen are shown (id 0: from showRaw()).
    void messageLoaded(qint64 id);
    // After saveAttachment(), saveAllAttachments() or the buttons: the files written and not.
    void attachmentsSaved(const QStringList &written, const QStringList &failed);

private:
    // What the user asked the loader to write, to say how it went.
    enum class SavePurpose { Quiet, Open, Save, SaveAll };
    struct PendingSave
    {
        SavePurpose purpose = SavePurpose::Quiet;
        QString where; // the file, or the folder of SaveAll
        int count = 0;
    };

    void buildHeader();
    void startLoading();
    void loaded(const model::LoadedMessage &message);
    void renderBody();
    void fillHeader();
    void saved(quint64 ticket, const QStringList &written, const QStringList &failed);
    quint64 saveFiles(const QList<int> &indexes, const QStringList &paths);
    int saveAll(const QString &folder, SavePurpose purpose);
    void showAttachedMessage(const QByteArray &outerRaw, int partIndex, const QDateTime &arrival);

    store::Archive *m_archive = nullptr;
    model::MessageLoader *m_loader = nullptr;
    qint64 m_id = 0;
    bool m_shown = false;
    bool m_loading = false;
    bool m_loaded = false;
    bool m_partial = false;
    bool m_sourceWanted = false; // asked for before the message was loaded
    bool m_wholeBody = false;
    bool m_bodyCut = false;
    std::optional<store::MessageRow> m_row; // the header until the parsed form is here
    QByteArray m_raw;
    mime::ParsedMessage m_parsed;
    QHash<QString, QByteArray> m_inlineParts; // by lower-case Content-ID
    QList<mime::Attachment> m_attachments;
    QHash<quint64, PendingSave> m_saves;
    bool m_detailsShown = false;

    QWidget *m_header = nullptr;
    QLabel *m_subject = nullptr;
    QFormLayout *m_fields = nullptr;
    QToolButton *m_detailsButton = nullptr;
    QFrame *m_remoteBar = nullptr;
    QFrame *m_partialBar = nullptr;
    QPushButton *m_downloadRest = nullptr;
    QFrame *m_longBar = nullptr;
    SafeBrowser *m_body = nullptr;
    QWidget *m_attachmentArea = nullptr;
    QListWidget *m_attachmentList = nullptr;
    std::unique_ptr<QTemporaryDir> m_openedFiles; // attachments opened in other programs
};

} // namespace satchel::ui
