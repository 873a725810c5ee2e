#pragma once

// A Qt Linguist .ts file as the translation tests read it, and the checks
// they make on it: what is left to translate, what vanished from the code,
// and whether each translation keeps its source's placeholders and
// accelerator. Header-only: the checks are run on the project's .ts and on
// hand-made broken ones, to show they find what they look for.

#include <QFile>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

namespace tsfile {

struct Message
{
    QString context;
    QString source;
    QString comment; // the disambiguation, part of the key
    bool numerus = false;
    QString type;             // "" (finished), "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or one per numerus form

    QString key() const
    {
        return context + QLatin1Char('\x1f') + source + QLatin1Char('\x1f') + comment;
    }
    QString describe() const
    {
        return QStringLiteral("[%1] \"%2\"%3")
            .arg(context, source.left(70).replace(QLatin1Char('\n'), QStringLiteral("\\n")),
                 comment.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(comment));
    }
};

inline QList<Message> parse(const QByteArray &xml, QString *error = nullptr)
{
    QList<Message> messages;
    QXmlStreamReader r(xml);
    QString context;
    while (!r.atEnd()) {
        r.readNext();
        if (!r.isStartElement())
            continue;
        if (r.name() == QLatin1String("name")) {
            context = r.readElementText();
        } else if (r.name() == QLatin1String("message")) {
            Message m;
            m.context = context;
            m.numerus = r.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            while (!(r.isEndElement() && r.name() == QLatin1String("message")) && !r.atEnd()) {
                r.readNext();
                if (!r.isStartElement())
                    continue;
                if (r.name() == QLatin1String("source")) {
                    m.source = r.readElementText();
                } else if (r.name() == QLatin1String("comment")) {
                    m.comment = r.readElementText();
                } else if (r.name() == QLatin1String("translation")) {
                    m.type = r.attributes().value(QLatin1String("type")).toString();
                    if (!m.numerus) {
                        m.translations << r.readElementText();
                        continue;
                    }
                    while (!(r.isEndElement() && r.name() == QLatin1String("translation")) &&
                           !r.atEnd()) {
                        r.readNext();
                        if (r.isStartElement() && r.name() == QLatin1String("numerusform"))
                            m.translations << r.readElementText();
                    }
                }
            }
            messages << m;
        }
    }
    if (r.hasError() && error)
        *error = r.errorString();
    return messages;
}

inline QList<Message> read(const QString &path, QString *error = nullptr)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = f.errorString();
        return {};
    }
    return parse(f.readAll(), error);
}

inline bool isObsolete(const Message &m)
{
    return m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete");
}

// Not yet translated: marked unfinished, or with an empty form.
inline bool isUnfinished(const Message &m)
{
    if (isObsolete(m))
        return false;
    if (m.type == QLatin1String("unfinished") || m.translations.isEmpty())
        return true;
    for (const QString &t : m.translations) {
        if (t.isEmpty())
            return true;
    }
    return false;
}

// %1 … %99, %L1, and %n: what QString::arg() and tr()'s numerus fill in.
inline QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(L?[1-9][0-9]?|n)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

// The accelerator letter of "&File" (upper case), or empty: "&&" is a
// literal ampersand and "&amp;"-style entities are not accelerators.
inline QString accelerator(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("(?<!&)&([^&\\s])"));
    static const QRegularExpression entity(QStringLiteral("^&[a-z]+;"));
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (entity.match(text.mid(m.capturedStart())).hasMatch())
            continue;
        return m.captured(1).toUpper();
    }
    return {};
}

// What is wrong with a finished translation, one line each: a placeholder
// lost or added, the accelerator letter missing ("文件(&F)" keeps it).
inline QStringList problems(const Message &m)
{
    QStringList found;
    if (isObsolete(m) || isUnfinished(m))
        return found;
    const QSet<QString> wanted = placeholders(m.source);
    const QString letter = accelerator(m.source);
    for (const QString &t : m.translations) {
        const QSet<QString> got = placeholders(t);
        if (got != wanted) {
            QStringList w(wanted.cbegin(), wanted.cend());
            QStringList g(got.cbegin(), got.cend());
            w.sort();
            g.sort();
            found << QStringLiteral("%1: placeholders %2 in the source, %3 in \"%4\"")
                         .arg(m.describe(), w.join(QLatin1Char(' ')), g.join(QLatin1Char(' ')), t);
        }
        if (!letter.isEmpty() && accelerator(t) != letter)
            found << QStringLiteral("%1: the accelerator &%2 is missing from \"%3\"")
                         .arg(m.describe(), letter, t);
    }
    return found;
}

} // namespace tsfile
