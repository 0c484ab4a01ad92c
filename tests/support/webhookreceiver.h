#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace frontline::test {

// One request the receiver got: its headers (names in lower case) and body, byte for byte.
struct ReceivedHook
{
    QHash<QString, QString> headers;
    QByteArray body;

    QString event() const { return headers.value(QStringLiteral("x-frontline-event")); }
    QString deliveryId() const { return headers.value(QStringLiteral("x-frontline-delivery")); }
};

// A real HTTP receiver on loopback (support/webhook_receiver.py, Python's http.server in a
// process of its own): records every request before it answers, answers with the status the
// test sets (or never, "hang").
class WebhookReceiver
{
public:
    // Nothing (and `why`) when python3 cannot run the receiver.
    static std::unique_ptr<WebhookReceiver> start(QString* why);
    ~WebhookReceiver();

    QString url(const QString& path = QStringLiteral("/hook")) const;
    void setStatus(const QString& status); // "200", "500", "hang"
    QList<ReceivedHook> requests() const;
    // Runs the event loop until at least `count` requests arrived (false on timeout).
    bool waitForRequests(qsizetype count, int timeoutMs = 15000) const;

private:
    WebhookReceiver() = default;

    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace frontline::test
