#include "MessageView.h"

#include "SafeBrowser.h"
#include "model/MessageLoader.h"
#include "store/Archive.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextCursor>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace satchel::ui {

namespace {

QString addresses(const mime::AddressList &list, bool full)
{
    QStringList parts;
    for (const mime::Address &a : list)
        parts.append(full || a.name.isEmpty() ? a.display() : a.name);
    return parts.join(QLatin1String(", "));
}

// A file name from a message is a suggestion from a stranger: no folders, no hidden files.
QString safeFileName(const QString &suggested)
{
    QString name = QFileInfo(QString(suggested).replace(u'\\', u'/')).fileName();
    name.remove(QRegularExpression(QStringLiteral("[\\x00-\\x1f]")));
    while (name.startsWith(u'.'))
        name.remove(0, 1);
    return name.isEmpty() ? QCoreApplication::translate("satchel::ui::MessageView", "attachment")
                          : name;
}

// The first `limit` characters of a long body, ended where `boundary` last occurs before the cut
// (a line end for text, a tag end for HTML), so that the cut falls between lines or tags.
QString beginning(const QString &body, qsizetype limit, QChar boundary)
{
    const qsizetype end = body.lastIndexOf(boundary, limit - 1);
    return body.left(end > 0 ? end + 1 : limit);
}

// A bar above the body: a line of text and one button (returned; the bar is its parent).
QPushButton *makeBar(QWidget *parent, QFrame *&bar, const QString &objectName, const QString &text,
                     const QString &buttonText, const QString &buttonName)
{
    bar = new QFrame(parent);
    bar->setObjectName(objectName);
    bar->setFrameShape(QFrame::StyledPanel);
    bar->setAutoFillBackground(true);
    // The palette's own tooltip colours: readable in light and dark themes alike.
    bar->setBackgroundRole(QPalette::ToolTipBase);
    bar->setForegroundRole(QPalette::ToolTipText);
    auto *row = new QHBoxLayout(bar);
    auto *label = new QLabel(text, bar);
    label->setWordWrap(true);
    auto *button = new QPushButton(buttonText, bar);
    button->setObjectName(buttonName);
    row->addWidget(label, 1);
    row->addWidget(button);
    bar->hide();
    return button;
}

} // namespace

MessageView::MessageView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("messageView"));
    setAccessibleName(tr("Message"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    buildHeader();
    layout->addWidget(m_header);

    QPushButton *load = makeBar(this, m_remoteBar, QStringLiteral("remoteContentBar"),
                                tr("Remote content blocked to protect your privacy."),
                                tr("Load for this message"), QStringLiteral("loadRemoteContent"));
    connect(load, &QPushButton::clicked, this, &MessageView::loadRemoteContent);
    layout->addWidget(m_remoteBar);

    m_downloadRest = makeBar(this, m_partialBar, QStringLiteral("partialBar"),
                             tr("Only part of this message has been downloaded. The rest is "
                                "still on the server."),
                             tr("Download the rest"), QStringLiteral("downloadRest"));
    connect(m_downloadRest, &QPushButton::clicked, this,
            [this] { Q_EMIT downloadRestRequested(m_id); });
    layout->addWidget(m_partialBar);

    QPushButton *whole = makeBar(this, m_longBar, QStringLiteral("longMessageBar"),
                                 tr("This message is very long: only its beginning is shown."),
                                 tr("Show the Whole Message"), QStringLiteral("showWholeMessage"));
    connect(whole, &QPushButton::clicked, this, &MessageView::showWholeBody);
    layout->addWidget(m_longBar);

    m_body = new SafeBrowser(this);
    m_body->setObjectName(QStringLiteral("messageBody"));
    m_body->setAccessibleName(tr("Message text"));
    m_body->setFrameShape(QFrame::NoFrame);
    connect(m_body, &QTextBrowser::anchorClicked, this, &MessageView::linkActivated);
    connect(m_body, &SafeBrowser::remoteContentWasBlocked, m_remoteBar, &QWidget::show);
    layout->addWidget(m_body, 1);

    m_attachmentArea = new QWidget(this);
    {
        auto *row = new QHBoxLayout(m_attachmentArea);
        row->setContentsMargins(6, 4, 6, 4);
        m_attachmentList = new QListWidget(m_attachmentArea);
        m_attachmentList->setObjectName(QStringLiteral("attachmentList"));
        m_attachmentList->setAccessibleName(tr("Attachments"));
        m_attachmentList->setFlow(QListView::LeftToRight);
        m_attachmentList->setWrapping(true);
        m_attachmentList->setMaximumHeight(fontMetrics().height() * 4);
        connect(m_attachmentList, &QListWidget::itemActivated, this,
                &MessageView::openSelectedAttachment);
        auto *buttons = new QVBoxLayout;
        auto *open = new QPushButton(tr("&Open"), m_attachmentArea);
        auto *save = new QPushButton(tr("&Save…"), m_attachmentArea);
        auto *saveAll = new QPushButton(tr("Save &All…"), m_attachmentArea);
        open->setObjectName(QStringLiteral("openAttachment"));
        save->setObjectName(QStringLiteral("saveAttachment"));
        saveAll->setObjectName(QStringLiteral("saveAllAttachments"));
        connect(open, &QPushButton::clicked, this, &MessageView::openSelectedAttachment);
        connect(save, &QPushButton::clicked, this, &MessageView::saveSelectedAttachment);
        connect(saveAll, &QPushButton::clicked, this, &MessageView::saveAllAttachmentsAsk);
        buttons->addWidget(open);
        buttons->addWidget(save);
        buttons->addWidget(saveAll);
        buttons->addStretch();
        row->addWidget(m_attachmentList, 1);
        row->addLayout(buttons);
    }
    m_attachmentArea->hide();
    layout->addWidget(m_attachmentArea);

    m_loader = new model::MessageLoader(this);
    connect(m_loader, &model::MessageLoader::loaded, this, &MessageView::loaded);
    connect(m_loader, &model::MessageLoader::saved, this, &MessageView::saved);

    clear();
}

MessageView::~MessageView() = default;

void MessageView::buildHeader()
{
    m_header = new QWidget(this);
    m_header->setObjectName(QStringLiteral("messageHeader"));
    m_header->setBackgroundRole(QPalette::AlternateBase);
    m_header->setAutoFillBackground(true);
    auto *outer = new QVBoxLayout(m_header);
    outer->setContentsMargins(10, 8, 10, 8);
    auto *top = new QHBoxLayout;
    m_subject = new QLabel(m_header);
    m_subject->setObjectName(QStringLiteral("headerSubject"));
    m_subject->setTextFormat(Qt::PlainText);
    m_subject->setWordWrap(true);
    m_subject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_subject->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_subject->setFont(big);
    m_detailsButton = new QToolButton(m_header);
    m_detailsButton->setObjectName(QStringLiteral("detailsToggle"));
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setAccessibleName(tr("Show all header details"));
    connect(m_detailsButton, &QToolButton::toggled, this, &MessageView::setDetailsShown);
    top->addWidget(m_subject, 1);
    top->addWidget(m_detailsButton, 0, Qt::AlignTop);
    outer->addLayout(top);
    m_fields = new QFormLayout;
    m_fields->setContentsMargins(0, 0, 0, 0);
    m_fields->setHorizontalSpacing(8);
    m_fields->setVerticalSpacing(2);
    m_fields->setLabelAlignment(Qt::AlignRight);
    outer->addLayout(m_fields);
}

void MessageView::setDetailsShown(bool shown)
{
    m_detailsShown = shown;
    if (m_detailsButton->isChecked() != shown)
        m_detailsButton->setChecked(shown);
    fillHeader();
}

void MessageView::fillHeader()
{
    while (m_fields->rowCount() > 0)
        m_fields->removeRow(0);
    if (!m_shown) {
        m_header->hide();
        return;
    }
    m_header->show();
    const bool full = m_detailsShown;
    // Until the parsed form is here, what the message's row says (the same fields, from the
    // same parse when it was stored).
    QString subject, from, to, cc, replyTo, messageId;
    QDateTime sent;
    if (m_loaded || !m_row) {
        subject = m_parsed.subject;
        from = addresses(m_parsed.from, true);
        to = addresses(m_parsed.to, full);
        cc = addresses(m_parsed.cc, full);
        replyTo = addresses(m_parsed.replyTo, true);
        messageId = m_parsed.messageId;
        sent = m_parsed.date;
    } else {
        subject = m_row->subject;
        from = mime::Address {m_row->senderName, m_row->senderAddress}.display();
        // The row keeps To as "Name <address>, ..." (Address::display()); the short form is
        // the names alone, as addresses() gives once parsed.
        static const QRegularExpression address(QStringLiteral(" <[^<>]*>(?=, |$)"));
        to = full ? m_row->recipients : QString(m_row->recipients).remove(address);
        messageId = m_row->messageId;
        sent = m_row->date;
    }
    m_subject->setText(subject.isEmpty() ? tr("(no subject)") : subject);
    auto addRow = [this](const QString &label, const QString &value, const QString &name) {
        if (value.isEmpty())
            return;
        auto *field = new QLabel(value, m_header);
        field->setObjectName(name);
        field->setTextFormat(Qt::PlainText); // names and subjects come from strangers
        field->setWordWrap(true);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *caption = new QLabel(label, m_header);
        caption->setForegroundRole(QPalette::PlaceholderText);
        caption->setBuddy(field);
        m_fields->addRow(caption, field);
    };
    addRow(tr("From"), from, QStringLiteral("headerFrom"));
    addRow(tr("To"), to, QStringLiteral("headerTo"));
    addRow(tr("Cc"), cc, QStringLiteral("headerCc"));
    // The reader's own time, as in the message list; the details add the sender's clock when
    // it differs (a date shown in the sender's zone looked like a different time than the list's).
    const QDateTime local = sent.toLocalTime();
    QString date = QLocale().toString(local, full ? QLocale::LongFormat : QLocale::ShortFormat);
    if (full && sent.isValid() && sent.offsetFromUtc() != local.offsetFromUtc())
        date = tr("%1 (%2 where it was sent)")
                   .arg(date,
                        QLocale().toString(sent.time(), QLocale::ShortFormat) + u' '
                            + sent.timeZoneAbbreviation());
    addRow(tr("Date"), date, QStringLiteral("headerDate"));
    if (full) {
        addRow(tr("Reply-To"), replyTo, QStringLiteral("headerReplyTo"));
        addRow(tr("Message-ID"), messageId, QStringLiteral("headerMessageId"));
    }
}

void MessageView::setArchive(store::Archive *archive)
{
    m_archive = archive;
    m_loader->setArchivePath(archive ? archive->path() : QString());
}

void MessageView::clear()
{
    m_loader->cancel();
    m_id = 0;
    m_shown = false;
    m_loading = false;
    m_loaded = false;
    m_partial = false;
    m_sourceWanted = false;
    m_wholeBody = false;
    m_bodyCut = false;
    m_row.reset();
    m_raw.clear();
    m_parsed = {};
    m_inlineParts.clear();
    m_attachments.clear();
    m_attachmentList->clear();
    m_attachmentArea->hide();
    m_remoteBar->hide();
    m_partialBar->hide();
    m_longBar->hide();
    m_body->showText(QString());
    m_body->setPlaceholderText(tr("No message selected."));
    fillHeader();
}

bool MessageView::showMessage(qint64 id)
{
    if (!m_archive)
        return false;
    // One indexed read for the header; the raw bytes and the parse are the loader's.
    Result<store::MessageRow> row = m_archive->message(id);
    if (!row) {
        clear();
        m_body->showText(
            u"<p>" + tr("This message cannot be shown: %1").arg(row.error().message).toHtmlEscaped()
            + u"</p>");
        return false;
    }
    clear();
    m_id = id;
    m_row = *row;
    m_shown = true;
    m_partial = row->partial;
    m_partialBar->setVisible(m_partial);
    fillHeader();
    startLoading();
    m_loader->load(id);
    return true;
}

void MessageView::showRaw(const QByteArray &raw, const QDateTime &arrival)
{
    clear();
    startLoading();
    m_loader->parse(raw, arrival);
}

void MessageView::showAttachedMessage(const QByteArray &outerRaw, int partIndex,
                                      const QDateTime &arrival)
{
    clear();
    startLoading();
    m_loader->parsePart(outerRaw, partIndex, arrival);
}

void MessageView::startLoading()
{
    m_loading = true;
    m_body->showText(QString());
    m_body->setPlaceholderText(tr("Loading the message…"));
}

void MessageView::loaded(const model::LoadedMessage &message)
{
    m_loading = false;
    if (message.error) {
        m_body->showText(
            u"<p>"
            + tr("This message cannot be shown: %1").arg(message.error->message).toHtmlEscaped()
            + u"</p>");
        m_sourceWanted = false;
        return;
    }
    m_loaded = true;
    m_shown = true;
    m_raw = message.raw;
    m_parsed = message.parsed;
    m_inlineParts = message.inlineParts;
    if (m_id != 0)
        m_partial = message.partial; // as it is now, which may differ from the row read before
    m_partialBar->setVisible(m_partial);
    m_remoteBar->hide();
    fillHeader();

    m_attachments = message.listed;
    m_attachmentList->clear();
    for (const mime::Attachment &a : std::as_const(m_attachments)) {
        auto *item = new QListWidgetItem(
            a.isMessage
                ? tr("Message: %1 (%2)")
                      .arg(a.filename.isEmpty() ? tr("(no subject)") : a.filename,
                           QLocale().formattedDataSize(a.size))
                : tr("%1 (%2)").arg(safeFileName(a.filename), QLocale().formattedDataSize(a.size)),
            m_attachmentList);
        item->setToolTip(a.isMessage ? tr("An attached message: Open shows it in a window")
                                     : a.contentType);
    }
    if (!m_attachments.isEmpty())
        m_attachmentList->setCurrentRow(0);
    m_attachmentArea->setVisible(!m_attachments.isEmpty());

    renderBody();
    Q_EMIT messageLoaded(m_id);
    if (m_sourceWanted) {
        m_sourceWanted = false;
        showSource();
    }
}

void MessageView::renderBody()
{
    m_body->setPlaceholderText(QString());
    m_bodyCut = false;
    if (!m_parsed.htmlBody.isEmpty()) {
        QString html = m_parsed.htmlBody;
        if (!m_wholeBody && html.size() > kShownBodyChars) {
            html = beginning(html, kShownBodyChars, u'>');
            m_bodyCut = true;
        }
        m_body->showHtml(html, [parts = m_inlineParts](const QString &contentId) {
            return parts.value(contentId.toLower());
        });
    } else {
        QString text = m_parsed.textBody.isEmpty() ? m_parsed.readerText : m_parsed.textBody;
        if (!m_wholeBody && text.size() > kShownBodyChars) {
            text = beginning(text, kShownBodyChars, u'\n');
            m_bodyCut = true;
        }
        m_body->showText(plainTextToHtml(text, palette()));
    }
    m_longBar->setVisible(m_bodyCut);
    m_body->verticalScrollBar()->setValue(0);
}

void MessageView::showWholeBody()
{
    if (!m_loaded || m_wholeBody)
        return;
    m_wholeBody = true;
    // A new document forgets that remote content was allowed; the user allowed it for this
    // message, which this still is.
    const bool remoteAllowed = m_body->remoteContentAllowed();
    renderBody();
    if (remoteAllowed)
        loadRemoteContent();
}

QString MessageView::plainTextToHtml(const QString &text, const QPalette &palette)
{
    static const QRegularExpression link(
        QStringLiteral("\\b((?:https?://|mailto:|www\\.)[^\\s<>\"]*[^\\s<>\".,;:!?)\\]'])"),
        QRegularExpression::CaseInsensitiveOption);
    // Quote colours: hues that stay readable on the palette's base, light or dark.
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    const QStringList quoteColours = dark
        ? QStringList {QStringLiteral("#8ab4f8"), QStringLiteral("#81c995"),
                       QStringLiteral("#fdd663"), QStringLiteral("#f28b82")}
        : QStringList {QStringLiteral("#1a55a8"), QStringLiteral("#1e7b34"),
                       QStringLiteral("#8a5a00"), QStringLiteral("#a50e0e")};
    const QString linkColour = palette.color(QPalette::Link).name();

    QString html = QStringLiteral("<div style=\"white-space: pre-wrap;\">");
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        int level = 0;
        qsizetype pos = 0;
        while (pos < line.size()) {
            if (line.at(pos) == u'>') {
                ++level;
                ++pos;
            } else if (line.at(pos) == u' ' && pos + 1 < line.size() && line.at(pos + 1) == u'>') {
                ++pos;
            } else {
                break;
            }
        }
        QString escaped = line.toHtmlEscaped();
        // Links: found in the escaped text, so an "&amp;" in a URL stays right in the href too.
        QString linked;
        qsizetype last = 0;
        auto it = link.globalMatch(escaped);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            QString target = m.captured(1);
            const QString shown = target;
            if (target.startsWith(QLatin1String("www."), Qt::CaseInsensitive))
                target.prepend(QLatin1String("https://"));
            linked += QStringView(escaped).mid(last, m.capturedStart(1) - last);
            linked += u"<a style=\"color:" + linkColour + u"\" href=\"" + target + u"\">" + shown
                + u"</a>";
            last = m.capturedEnd(1);
        }
        linked += QStringView(escaped).mid(last);
        if (level > 0) {
            const QString &colour = quoteColours.at((level - 1) % quoteColours.size());
            html += u"<span style=\"color:" + colour + u"\">" + linked + u"</span>\n";
        } else {
            html += linked + u'\n';
        }
    }
    html += QLatin1String("</div>");
    return html;
}

bool MessageView::pageDown()
{
    if (m_loading)
        return true; // nothing to page through yet, and the message has not been seen
    QScrollBar *bar = m_body->verticalScrollBar();
    if (bar->value() >= bar->maximum())
        return false;
    bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
    return true;
}

void MessageView::loadRemoteContent()
{
    m_body->allowRemoteContent();
    m_remoteBar->hide();
}

quint64 MessageView::saveFiles(const QList<int> &indexes, const QStringList &paths)
{
    QList<model::PartFile> files;
    for (qsizetype i = 0; i < indexes.size(); ++i)
        files.append({m_attachments.at(indexes.at(i)).partIndex, paths.at(i)});
    return m_loader->save(m_raw, files);
}

bool MessageView::saveAttachment(int index, const QString &path)
{
    if (index < 0 || index >= m_attachments.size())
        return false;
    (void)saveFiles({index}, {path});
    return true;
}

int MessageView::saveAllAttachments(const QString &folder)
{
    return saveAll(folder, SavePurpose::Quiet);
}

int MessageView::saveAll(const QString &folder, SavePurpose purpose)
{
    QDir dir(folder);
    QSet<QString> used;
    QList<int> indexes;
    QStringList paths;
    for (int i = 0; i < m_attachments.size(); ++i) {
        QString name = safeFileName(m_attachments.at(i).filename);
        // Two attachments with one name must not overwrite each other.
        const QFileInfo info(name);
        for (int n = 2; used.contains(name) || dir.exists(name); ++n)
            name = info.completeSuffix().isEmpty()
                ? QStringLiteral("%1 (%2)").arg(info.baseName()).arg(n)
                : QStringLiteral("%1 (%2).%3")
                      .arg(info.baseName())
                      .arg(n)
                      .arg(info.completeSuffix());
        used.insert(name);
        indexes.append(i);
        paths.append(dir.filePath(name));
    }
    if (indexes.isEmpty())
        return 0;
    m_saves.insert(saveFiles(indexes, paths), {purpose, folder, int(indexes.size())});
    return int(indexes.size());
}

void MessageView::saved(quint64 ticket, const QStringList &written, const QStringList &failed)
{
    const PendingSave save = m_saves.take(ticket);
    Q_EMIT attachmentsSaved(written, failed);
    switch (save.purpose) {
    case SavePurpose::Quiet:
        break;
    case SavePurpose::Open:
        if (!written.isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(written.constFirst()));
        else
            QMessageBox::warning(this, tr("Open Attachment"),
                                 tr("The attachment could not be written to %1.").arg(save.where));
        break;
    case SavePurpose::Save:
        if (!failed.isEmpty())
            QMessageBox::warning(this, tr("Save Attachment"),
                                 tr("The attachment could not be saved to %1.").arg(save.where));
        break;
    case SavePurpose::SaveAll:
        if (!failed.isEmpty())
            QMessageBox::warning(this, tr("Save All Attachments"),
                                 tr("%1 of %2 attachments could not be saved to %3.")
                                     .arg(failed.size())
                                     .arg(save.count)
                                     .arg(save.where));
        break;
    }
}

QWidget *MessageView::openAttachedMessage(int index)
{
    if (index < 0 || index >= m_attachments.size() || !m_attachments.at(index).isMessage)
        return nullptr;
    const mime::Attachment &attached = m_attachments.at(index);
    // A window of this one's (so it closes with it), gone when closed.
    auto *window = new QWidget(this, Qt::Window);
    window->setObjectName(QStringLiteral("attachedMessageWindow"));
    window->setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(window);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *view = new MessageView(window);
    view->setDetailsShown(m_detailsShown);
    connect(view, &MessageView::linkActivated, this, &MessageView::linkActivated);
    layout->addWidget(view);
    // Named after its subject (what the attachment's name is, when it has no file name) until
    // its own header is parsed.
    const auto setTitle = [this, window](const QString &subject) {
        window->setWindowTitle(
            tr("%1 (attached message)").arg(subject.isEmpty() ? tr("(no subject)") : subject));
        window->setAccessibleName(window->windowTitle());
    };
    setTitle(attached.filename);
    connect(view, &MessageView::messageLoaded, window,
            [setTitle, view] { setTitle(view->message().subject); });
    view->showAttachedMessage(m_raw, attached.partIndex, m_parsed.date);
    window->resize(800, 600);
    window->show();
    return window;
}

void MessageView::openSelectedAttachment()
{
    const int index = m_attachmentList->currentRow();
    if (index < 0 || index >= m_attachments.size())
        return;
    if (m_attachments.at(index).isMessage) {
        (void)openAttachedMessage(index);
        return;
    }
    if (!m_openedFiles)
        m_openedFiles = std::make_unique<QTemporaryDir>();
    if (!m_openedFiles->isValid())
        return;
    const QString subfolder
        = QDir(m_openedFiles->path())
              .filePath(m_id ? QString::number(m_id) : QString::number(quintptr(this), 16));
    QDir().mkpath(subfolder);
    const QString path = QDir(subfolder).filePath(safeFileName(m_attachments.at(index).filename));
    m_saves.insert(saveFiles({index}, {path}), {SavePurpose::Open, path, 1});
}

void MessageView::saveSelectedAttachment()
{
    const int index = m_attachmentList->currentRow();
    if (index < 0 || index >= m_attachments.size())
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Attachment"),
        QDir::home().filePath(safeFileName(m_attachments.at(index).filename)));
    if (path.isEmpty())
        return;
    m_saves.insert(saveFiles({index}, {path}), {SavePurpose::Save, path, 1});
}

void MessageView::saveAllAttachmentsAsk()
{
    if (m_attachments.isEmpty())
        return;
    const QString folder
        = QFileDialog::getExistingDirectory(this, tr("Save All Attachments"), QDir::homePath());
    if (folder.isEmpty())
        return;
    (void)saveAll(folder, SavePurpose::SaveAll);
}

void MessageView::showSource()
{
    if (!m_shown && !m_loading)
        return;
    if (!m_loaded) {
        m_sourceWanted = true; // shown when the message is here
        return;
    }
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("sourceDialog"));
    dialog->setWindowTitle(tr("Source of “%1”").arg(m_parsed.subject));
    auto *layout = new QVBoxLayout(dialog);
    auto *text = new QPlainTextEdit(dialog);
    text->setObjectName(QStringLiteral("sourceText"));
    text->setAccessibleName(tr("Message source"));
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(text);
    // In pieces, one per turn of the event loop: Qt takes seconds to lay out a 20 MB message,
    // and the window answers meanwhile. A piece ends at a line end, which is never inside a
    // UTF-8 sequence.
    auto *filler = new QTimer(dialog);
    const auto fill = [text, filler, raw = m_raw, done = std::make_shared<qsizetype>(0)] {
        constexpr qsizetype piece = 128 * 1024;
        qsizetype end = raw.size();
        if (end - *done > piece) {
            const qsizetype newline = raw.lastIndexOf('\n', *done + piece - 1);
            end = newline >= *done ? newline + 1 : *done + piece;
        }
        QTextCursor cursor(text->document());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(QString::fromUtf8(raw.constData() + *done, end - *done));
        *done = end;
        if (*done >= raw.size())
            filler->stop();
    };
    connect(filler, &QTimer::timeout, text, fill);
    filler->start(0);
    fill(); // the headers at once
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    layout->addWidget(buttons);
    dialog->resize(800, 600);
    dialog->show();
}

} // namespace satchel::ui
