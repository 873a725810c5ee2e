#pragma once

#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

class QCoreApplication;

namespace kt::i18n {

// The languages of the interface. System follows the locale (LANGUAGE,
// LC_ALL, LC_MESSAGES, LANG); the others are a person's explicit choice.
enum class Language
{
    System,
    English,
    SimplifiedChinese,
};

// Every choice, in the order a menu lists them.
const QList<Language> &allLanguages();

// How a choice is written in the settings and after --language: "system",
// "en", "zh_CN".
QString languageCode(Language language);
std::optional<Language> languageFromCode(const QString &code);
// "system, en or zh_CN": for --help and error messages.
QString languageCodeList();
// For a menu: each language named in its own language ("English",
// "简体中文"), so a person who cannot read the current one still finds theirs;
// System in the interface's language.
QString languageDisplayName(Language language);

// The language the interface is shown in for a choice: System becomes the
// first of the locale's interface languages the program has (English or
// Simplified Chinese; zh_TW and zh_HK are Traditional and are not), English
// when there is none.
Language resolveLanguage(Language choice, const QLocale &system = QLocale::system());

// The one place that chooses and installs the translators, for the GUI, the
// CLI and the tests: the program's own (keepalive-tuner_<lang>.qm, from
// share/keepalive-tuner/translations beside the program when installed, else
// the copy built into the program) and Qt's own (qtbase_<lang>.qm from Qt's
// translations directory, for the standard buttons, dialogs and the command
// line parser's words). Replaces what an earlier call installed; English
// installs nothing. Returns the language the interface is shown in.
Language installTranslators(QCoreApplication &app, Language choice);
// Removes what installTranslators() installed.
void removeTranslators();
// The language installTranslators() last put in place (English before).
Language installedLanguage();

// While one lives, tr() gives the English source text: for documents whose
// values stay English whatever the interface language (a JSON export). The
// translators come back when the last one ends.
class SourceLanguageScope
{
public:
    SourceLanguageScope();
    ~SourceLanguageScope();
    SourceLanguageScope(const SourceLanguageScope &) = delete;
    SourceLanguageScope &operator=(const SourceLanguageScope &) = delete;

private:
    bool m_removed = false;
};

} // namespace kt::i18n
