#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// The translation files are complete: lupdate run over today's sources finds no string that
// lacks a translation, and every translation keeps its source's placeholders.
class TestTranslations final : public QObject
{
    Q_OBJECT

private:
    struct Message
    {
        QString context;
        QString source;
        bool numerus = false;
        bool unfinished = false;
        QStringList translations; // one, or the numerus forms
    };

    static QList<Message> read(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QXmlStreamReader xml(&file);
        QList<Message> messages;
        QString context;
        Message current;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                if (xml.name() == QLatin1StringView("name"))
                    context = xml.readElementText();
                else if (xml.name() == QLatin1StringView("message")) {
                    current = Message{context};
                    current.numerus = xml.attributes().value(QLatin1StringView("numerus")) == QLatin1StringView("yes");
                } else if (xml.name() == QLatin1StringView("source"))
                    current.source = xml.readElementText();
                else if (xml.name() == QLatin1StringView("translation")) {
                    current.unfinished = xml.attributes().value(QLatin1StringView("type")) == QLatin1StringView("unfinished");
                    if (!current.numerus)
                        current.translations.append(xml.readElementText());
                } else if (xml.name() == QLatin1StringView("numerusform"))
                    current.translations.append(xml.readElementText());
            } else if (xml.isEndElement() && xml.name() == QLatin1StringView("message")) {
                messages.append(current);
            }
        }
        if (xml.hasError())
            qWarning("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
        return messages;
    }

    static QSet<QString> placeholders(const QString &text)
    {
        static const QRegularExpression re(QStringLiteral("%(\\d|n)"));
        QSet<QString> found;
        for (auto it = re.globalMatch(text); it.hasNext();)
            found.insert(it.next().captured(0));
        return found;
    }

    // lupdate over the sources into a copy of the committed file; empty when lupdate fails.
    static QString refreshed(const QString &name, bool pluralOnly, QTemporaryDir &dir)
    {
        const QString copy = dir.filePath(name);
        QFile::copy(QStringLiteral(SCALEREADY_SOURCE_DIR "/translations/") + name, copy);
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QStringList arguments{QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete")};
        if (pluralOnly)
            arguments.append(QStringLiteral("-pluralonly"));
        arguments << QStringLiteral(SCALEREADY_SOURCE_DIR "/core") << QStringLiteral(SCALEREADY_SOURCE_DIR "/ui")
                  << QStringLiteral(SCALEREADY_SOURCE_DIR "/app") << QStringLiteral("-ts") << copy;
        QProcess lupdate;
        lupdate.start(QStringLiteral(SCALEREADY_LUPDATE), arguments);
        if (!lupdate.waitForFinished(120000) || lupdate.exitStatus() != QProcess::NormalExit || lupdate.exitCode() != 0) {
            qWarning("lupdate failed: %s", lupdate.readAllStandardError().constData());
            return {};
        }
        return copy;
    }

private slots:
    void chineseIsCompleteForTodaysSources()
    {
        QTemporaryDir dir;
        const QString refreshedFile = refreshed(QStringLiteral("scaleready_zh_CN.ts"), false, dir);
        QVERIFY2(!refreshedFile.isEmpty(), "lupdate did not run");
        const auto messages = read(refreshedFile);
        QVERIFY(messages.size() > 300);
        QStringList problems;
        for (const Message &m : messages) {
            const QString where = m.context + QStringLiteral(": ") + m.source;
            if (m.unfinished || m.translations.isEmpty() || m.translations.first().trimmed().isEmpty())
                problems.append(QStringLiteral("untranslated — ") + where);
            else if (m.numerus && m.translations.size() != 1)
                problems.append(QStringLiteral("needs one plural form — ") + where);
            else if (placeholders(m.translations.first()) != placeholders(m.source))
                problems.append(QStringLiteral("placeholders differ — ") + where);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void englishHasEveryPluralForm()
    {
        QTemporaryDir dir;
        const QString refreshedFile = refreshed(QStringLiteral("scaleready_en.ts"), true, dir);
        QVERIFY2(!refreshedFile.isEmpty(), "lupdate did not run");
        const auto messages = read(refreshedFile);
        QVERIFY(!messages.isEmpty());
        QStringList problems;
        for (const Message &m : messages) {
            if (m.unfinished || m.translations.size() != 2 || m.translations.contains(QString())
                || placeholders(m.translations[0]) != placeholders(m.source)
                || placeholders(m.translations[1]) != placeholders(m.source))
                problems.append(m.context + QStringLiteral(": ") + m.source);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
