#pragma once

#include <QObject>

class QSocketNotifier;

namespace frontline::server {

// Turns SIGINT and SIGTERM into a Qt signal (self-pipe), so the server stops cleanly: it stops
// accepting, lets the writer commit what it acknowledged, and closes the database. SIGHUP
// (systemctl reload) becomes reloadRequested: the configuration is read again.
class SignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWatcher)

public:
    explicit SignalWatcher(QObject* parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested();
    void reloadRequested();

private:
    QSocketNotifier* m_notifier = nullptr;
};

// Raises the open-file limit to its hard maximum: every client connection is a descriptor.
void raiseFileDescriptorLimit();

} // namespace frontline::server
