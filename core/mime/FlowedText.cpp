#include "mime/FlowedText.h"

#include <QStringList>

namespace satchel::mime::detail {

QString unflow(const QString &text, bool delSp)
{
    QString out;
    out.reserve(text.size());
    QString paragraph;
    int paragraphDepth = -1; // -1: no open paragraph
    auto finish = [&] {
        if (paragraphDepth < 0)
            return;
        if (paragraphDepth > 0)
            out += QString(paragraphDepth, u'>') + u' ';
        out += paragraph;
        out += u'\n';
        paragraph.clear();
        paragraphDepth = -1;
    };

    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QStringView line = lines.at(i);
        if (i == lines.size() - 1 && line.isEmpty())
            break; // the text ended with a line break
        int depth = 0;
        while (depth < line.size() && line.at(depth) == u'>')
            ++depth;
        line = line.mid(depth);
        if (line.startsWith(u' '))
            line = line.mid(1); // space-stuffing (or the space after the quote marks)
        const bool signature = line == u"-- ";
        bool flowed = !signature && line.endsWith(u' ');
        if (flowed && delSp)
            line.chop(1);

        if (paragraphDepth >= 0 && paragraphDepth != depth)
            finish(); // a change of quote depth ends a paragraph even after a soft break
        paragraphDepth = depth;
        paragraph += line;
        if (!flowed)
            finish();
    }
    finish();
    return out;
}

} // namespace satchel::mime::detail
