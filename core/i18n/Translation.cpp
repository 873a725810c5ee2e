#include "i18n/Translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace kt::i18n {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Translation)
};

// What installTranslators() put in place, so a second call (a test that
// switches languages) and SourceLanguageScope can take it out again.
struct Installed
{
    QList<QPointer<QTranslator>> translators;
    Language language = Language::English;
    int sourceScopes = 0;
};

Installed &installed()
{
    static Installed state;
    return state;
}

// The program's translations: an installed copy beside the program first (a
// packager or translator can replace it without a rebuild), then the copy
// built into the program, which is always there.
QStringList ownTranslationDirectories()
{
    QStringList dirs;
    const QString appDir = QCoreApplication::applicationDirPath();
    if (!appDir.isEmpty())
        dirs << QDir::cleanPath(appDir + QLatin1Char('/') +
                                QStringLiteral(KT_TRANSLATIONS_FROM_BINDIR));
    dirs << QStringLiteral(":/i18n");
    return dirs;
}

// "zh_CN": the suffix of the .qm files for a language that has them.
QString fileSuffix(Language language)
{
    switch (language) {
    case Language::SimplifiedChinese:
        return QStringLiteral("zh_CN");
    case Language::English:
    case Language::System:
        break;
    }
    return {};
}

bool isSimplifiedChinese(const QLocale &locale)
{
    return locale.language() == QLocale::Chinese && locale.script() == QLocale::SimplifiedHanScript;
}

} // namespace

const QList<Language> &allLanguages()
{
    static const QList<Language> all{Language::System, Language::English,
                                     Language::SimplifiedChinese};
    return all;
}

QString languageCode(Language language)
{
    switch (language) {
    case Language::System:
        return QStringLiteral("system");
    case Language::English:
        return QStringLiteral("en");
    case Language::SimplifiedChinese:
        return QStringLiteral("zh_CN");
    }
    return QStringLiteral("system");
}

std::optional<Language> languageFromCode(const QString &code)
{
    for (const Language language : allLanguages()) {
        if (languageCode(language) == code)
            return language;
    }
    return std::nullopt;
}

QString languageCodeList()
{
    return Tr::tr("%1, %2 or %3")
        .arg(languageCode(Language::System), languageCode(Language::English),
             languageCode(Language::SimplifiedChinese));
}

QString languageDisplayName(Language language)
{
    switch (language) {
    case Language::System:
        return Tr::tr("System");
    case Language::English:
        return QStringLiteral("English");
    case Language::SimplifiedChinese:
        return QStringLiteral("简体中文");
    }
    return {};
}

Language resolveLanguage(Language choice, const QLocale &system)
{
    if (choice != Language::System)
        return choice;
    // As gettext does: the C locale means untranslated, whatever LANGUAGE says.
    if (system.language() == QLocale::C)
        return Language::English;
    for (const QString &name : system.uiLanguages()) {
        const QLocale locale(name);
        if (locale.language() == QLocale::English)
            return Language::English;
        if (isSimplifiedChinese(locale))
            return Language::SimplifiedChinese;
    }
    return Language::English;
}

Language installTranslators(QCoreApplication &app, Language choice)
{
    removeTranslators();
    const Language language = resolveLanguage(choice);
    installed().language = language;
    const QString suffix = fileSuffix(language);
    if (suffix.isEmpty())
        return language;

    // Installed first, searched last: the program's own words win over Qt's.
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + suffix,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        installed().translators << qt;
    } else {
        // Without Debian's qt6-translations-l10n the standard buttons stay
        // English; the program's own words do not depend on it.
        delete qt;
    }
    auto *own = new QTranslator(&app);
    for (const QString &dir : ownTranslationDirectories()) {
        if (own->load(QStringLiteral("keepalive-tuner_") + suffix, dir)) {
            QCoreApplication::installTranslator(own);
            installed().translators << own;
            return language;
        }
    }
    delete own;
    return language;
}

void removeTranslators()
{
    for (const QPointer<QTranslator> &translator : std::as_const(installed().translators)) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installed().translators.clear();
    installed().language = Language::English;
}

Language installedLanguage()
{
    return installed().language;
}

SourceLanguageScope::SourceLanguageScope()
{
    if (installed().sourceScopes++ > 0)
        return;
    for (const QPointer<QTranslator> &translator : std::as_const(installed().translators)) {
        if (translator)
            m_removed = QCoreApplication::removeTranslator(translator) || m_removed;
    }
}

SourceLanguageScope::~SourceLanguageScope()
{
    if (--installed().sourceScopes > 0 || !m_removed)
        return;
    for (const QPointer<QTranslator> &translator : std::as_const(installed().translators)) {
        if (translator)
            QCoreApplication::installTranslator(translator);
    }
}

} // namespace kt::i18n
