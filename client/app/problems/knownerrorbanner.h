#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace frontline::client {
class KnownErrorLookup;
} // namespace frontline::client

namespace frontline::client::ui {

// On an incident's pane (issue 22): "Known error: … Workaround: …" when a known error matches
// the incident, with "Insert workaround" (into the reply being written) and "Link to problem".
// Hidden when nothing matches or the incident belongs to a problem already.
class KnownErrorBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KnownErrorBanner)

public:
    explicit KnownErrorBanner(KnownErrorLookup& lookup, QWidget* parent = nullptr);

Q_SIGNALS:
    // The user wants the workaround in the reply.
    void insertWorkaroundRequested(const QString& workaround);
    void openProblemRequested(qint64 problemId);

private:
    void render();

    KnownErrorLookup& m_lookup;
    QLabel* m_text;
    QPushButton* m_insert;
    QPushButton* m_link;
};

} // namespace frontline::client::ui
