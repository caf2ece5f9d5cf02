#pragma once

#include "mime/ParsedMessage.h"

#include <QTemporaryDir>
#include <QWidget>

#include <memory>

class QFormLayout;
class QFrame;
class QLabel;
class QListWidget;
class QPushButton;
class QToolButton;

namespace satchel::store {
class Archive;
}

namespace satchel::ui {

class SafeBrowser;

// One message: its header block, a bar for blocked remote content, a bar for a partial message,
// the body (HTML through SafeBrowser, plain text with quote levels and links), and its
// attachments. It reads the archive only in showMessage().
class MessageView : public QWidget
{
    Q_OBJECT

public:
    explicit MessageView(QWidget *parent = nullptr);
    ~MessageView() override;

    void setArchive(store::Archive *archive) { m_archive = archive; }
    // Shows the message, or a calm explanation when the archive cannot give it.
    bool showMessage(qint64 id);
    // Shows a message that is not in the archive, from its bytes (an attached message/rfc822).
    void showRaw(const QByteArray &raw, const QDateTime &arrival = {});
    void clear();
    [[nodiscard]] qint64 messageId() const { return m_id; } // 0 for showRaw()
    [[nodiscard]] bool hasMessage() const { return m_shown; }
    [[nodiscard]] SafeBrowser *body() const { return m_body; }
    [[nodiscard]] const mime::ParsedMessage &message() const { return m_parsed; }

    // Scrolls the body one page down; false when it was already at the end (Space then moves
    // on to the next message).
    bool pageDown();

    // The attachments listed (not the inline images the body shows).
    [[nodiscard]] QList<mime::Attachment> attachments() const { return m_attachments; }
    bool saveAttachment(int index, const QString &path);
    // An attached message (Attachment::isMessage) in a window of its own: a MessageView over
    // the parsed inner message, closed with this view's window. nullptr if it is not one.
    QWidget *openAttachedMessage(int index);
    int saveAllAttachments(const QString &folder); // how many were written
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

private:
    void buildHeader();
    void display(const QByteArray &raw, const mime::ParsedMessage &parsed, bool partial);
    void fillHeader();
    [[nodiscard]] QByteArray attachmentBytes(int index) const;
    [[nodiscard]] QByteArray inlinePart(const QString &contentId) const;

    store::Archive *m_archive = nullptr;
    qint64 m_id = 0;
    bool m_shown = false;
    bool m_partial = false;
    QByteArray m_raw;
    mime::ParsedMessage m_parsed;
    QList<mime::Attachment> m_attachments;
    bool m_detailsShown = false;

    QWidget *m_header = nullptr;
    QLabel *m_subject = nullptr;
    QFormLayout *m_fields = nullptr;
    QToolButton *m_detailsButton = nullptr;
    QFrame *m_remoteBar = nullptr;
    QFrame *m_partialBar = nullptr;
    QPushButton *m_downloadRest = nullptr;
    SafeBrowser *m_body = nullptr;
    QWidget *m_attachmentArea = nullptr;
    QListWidget *m_attachmentList = nullptr;
    std::unique_ptr<QTemporaryDir> m_openedFiles; // attachments opened in other programs
};

} // namespace satchel::ui
