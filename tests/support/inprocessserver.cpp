#include "inprocessserver.h"

#include "app/serverapp.h"
#include "app/serveroptions.h"
#include "services/resultinbox.h"
#include "testserver.h"

#include <QThread>

#ifdef Q_OS_LINUX
#include "app/epolldispatcher.h"
#endif

#include <atomic>
#include <future>

using namespace Qt::StringLiterals;

namespace frontline::test {
namespace {

std::atomic<int> running {0}; // the server's connection names are fixed: one per process

} // namespace

InProcessServer::InProcessServer(const TestDatabase& database, qint64 clockOffsetMs)
    : m_database(database)
    , m_clock(clockOffsetMs)
{ }

InProcessServer::~InProcessServer()
{
    stop();
}

bool InProcessServer::start()
{
    if (m_app)
        return true;
    m_error.clear();
    m_notices.clear();
    auto options = server::ServerOptions::parse(
        QStringList {u"frontline-server"_s, u"--db"_s, m_database.spec(), u"--listen"_s,
                     u"127.0.0.1:0"_s, u"--password-hash"_s, u"minimal"_s, u"--config="_s}
        + m_extra);
    if (!options) {
        m_error = options.error();
        return false;
    }
    if (running.fetch_add(1) != 0) {
        running.fetch_sub(1);
        m_error = u"another in-process server runs in this process"_s;
        return false;
    }
    // What frontline-server reads on an empty database, as the real-process TestServer sets it.
    qputenv("FRONTLINE_ADMIN_PASSWORD", TestServer::AdminPassword);
    m_rounds = 0;
    m_processed = 0;
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(u"in-process server"_s);
#ifdef Q_OS_LINUX
    // The event loop frontline-server's network thread runs on.
    auto dispatcher = std::make_unique<server::EpollEventDispatcher>();
    if (dispatcher->isValid())
        m_thread->setEventDispatcher(dispatcher.release());
#endif
    m_anchor = std::make_unique<server::ResultInbox>();
    m_anchor->moveToThread(m_thread.get());
    m_thread->start();
    runInThread([this, &options] {
        auto* app = new server::ServerApp(std::move(options).value(), &m_clock);
        QObject::connect(app, &server::ServerApp::schedulerRoundFinished, app,
                         [this](int processed) {
                             m_processed += processed;
                             ++m_rounds;
                         });
        if (auto started = app->start(&m_notices); !started) {
            m_error = started.error();
            delete app;
            return;
        }
        m_port = app->port();
        m_httpPort = app->httpPort();
        m_app = app;
    });
    if (!m_app) {
        stop();
        return false;
    }
    return true;
}

void InProcessServer::stop()
{
    if (!m_thread)
        return;
    runInThread([this] {
        if (m_app)
            m_app->stop();
        delete m_app;
        m_app = nullptr;
    });
    m_thread->quit();
    m_thread->wait();
    m_thread.reset();
    m_anchor.reset(); // its thread is gone
    m_port = 0;
    m_httpPort = 0;
    running.fetch_sub(1);
}

void InProcessServer::runInThread(const std::function<void()>& work)
{
    std::promise<void> done;
    m_anchor->sender().post([&] {
        work();
        done.set_value();
    });
    done.get_future().wait();
}

} // namespace frontline::test
