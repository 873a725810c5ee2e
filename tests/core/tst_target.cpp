#include "socket/ErrnoText.h"
#include "socket/SocketOptions.h"
#include "socket/Target.h"

#include <QTest>

#include <cerrno>

using namespace kt;

class TestTarget : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("host"); // empty: refused
        QTest::addColumn<int>("port");
        QTest::newRow("ipv4") << QStringLiteral("127.0.0.1:4242") << QStringLiteral("127.0.0.1")
                              << 4242;
        QTest::newRow("name") << QStringLiteral("example.org:443") << QStringLiteral("example.org")
                              << 443;
        QTest::newRow("ipv6") << QStringLiteral("[::1]:80") << QStringLiteral("::1") << 80;
        QTest::newRow("spaces") << QStringLiteral(" localhost:1 ") << QStringLiteral("localhost")
                                << 1;
        QTest::newRow("no port") << QStringLiteral("example.org") << QString() << 0;
        QTest::newRow("bare ipv6") << QStringLiteral("::1:80") << QString() << 0;
        QTest::newRow("port 0") << QStringLiteral("host:0") << QString() << 0;
        QTest::newRow("port too big") << QStringLiteral("host:65536") << QString() << 0;
        QTest::newRow("port sign") << QStringLiteral("host:+80") << QString() << 0;
        QTest::newRow("no host") << QStringLiteral(":80") << QString() << 0;
        QTest::newRow("bracket not ipv6") << QStringLiteral("[example.org]:80") << QString() << 0;
        QTest::newRow("bracket no port") << QStringLiteral("[::1]") << QString() << 0;
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, host);
        QFETCH(int, port);
        QString error;
        const auto target = parseTarget(text, &error);
        if (host.isEmpty()) {
            QVERIFY(!target);
            QVERIFY(!error.isEmpty());
            return;
        }
        QVERIFY2(target, qPrintable(error));
        QCOMPARE(target->host, host);
        QCOMPARE(int(target->port), port);
        // display() is what parseTarget() reads back.
        QCOMPARE(parseTarget(target->display(), &error), target);
    }

    void invalidNamesAreReserved()
    {
        QVERIFY(isReservedInvalidName(QStringLiteral("no-such-host.invalid")));
        QVERIFY(isReservedInvalidName(QStringLiteral("X.INVALID.")));
        QVERIFY(!isReservedInvalidName(QStringLiteral("invalid.example.org")));
    }

    void errnoInWords()
    {
        QCOMPARE(errnoName(ETIMEDOUT), QStringLiteral("ETIMEDOUT"));
        QCOMPARE(errnoText(ECONNREFUSED), QStringLiteral("ECONNREFUSED (Connection refused)"));
    }

    void requestedValidationUsesTheSharedMessage()
    {
        RequestedOptions requested;
        QVERIFY(!validateRequested(requested)); // everything inherited
        requested.count = 128;
        const auto error = validateRequested(requested);
        QVERIFY(error);
        QCOMPARE(error->message,
                 validateForSocket({7200, 75, 128, 0})->message); // the same words everywhere
        QVERIFY(error->message.contains(QStringLiteral("between 1 and 127")));
        requested.count.reset();
        requested.userTimeoutMs = -5;
        QCOMPARE(validateRequested(requested)->field, QStringLiteral("user_timeout"));
    }
};

QTEST_APPLESS_MAIN(TestTarget)
#include "tst_target.moc"
