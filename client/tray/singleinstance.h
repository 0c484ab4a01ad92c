#pragma once

#include <QObject>

class QLocalServer;

namespace frontline::client::tray {

// One applet per user: the first one listens on a local socket named for the user; a second
// start tells it to show itself and exits.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    explicit SingleInstance(QString name, QObject* parent = nullptr);

    // True when this process is the one (it now listens); false when another answered (and
    // was asked to show `what`: empty for what the user most likely wants, or a window name).
    bool claim(const QString& what = {});
    static QString defaultName();

Q_SIGNALS:
    // Another start of the applet asked this one to show itself.
    void activated(const QString& what);

private:
    QString m_name;
    QLocalServer* m_server = nullptr;
};

} // namespace frontline::client::tray
