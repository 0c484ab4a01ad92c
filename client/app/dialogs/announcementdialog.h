#pragma once

#include "api/cmdbapi.h"
#include "api/selfserviceresults.h"
#include "domain/announcement.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QFormLayout;
class QPlainTextEdit;

namespace frontline::client {
class AnnouncementDesk;
}

namespace frontline::client::ui {

class CiPicker;

// Announcements for the staff: what is announced now (and what ended), withdrawing one, and
// publishing planned maintenance, an outage or news for everyone, the requesters, the staff or
// the users of the services that depend on chosen CIs, with its time window. Every connected
// applet in the audience shows a published one at once.
class AnnouncementDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnouncementDialog)

public:
    explicit AnnouncementDialog(AnnouncementDesk& desk, QWidget* parent = nullptr);

    void reload();
    void publish();
    void setTitle(const QString& title);
    void setBody(const QString& body);
    // An outage for the users of the services that depend on this CI (the CI browser's
    // "Announce an outage…").
    void prepareOutage(const api::CiNode& ci);
    QString problemText() const;
    QListWidget* list() const { return m_list; }
    QComboBox* audience() const { return m_audience; }
    CiPicker* ciPicker() const { return m_cis; }
    // Whom the announcement would reach (audience affected), in words.
    QString reachText() const;

Q_SIGNALS:
    void published(const frontline::Announcement& announcement);

private:
    void withdrawSelected();
    void showProblem(const QString& text);
    void render();
    void showCisRow();
    void previewReach();
    void showReach(const api::AnnouncementReach& reach);

    AnnouncementDesk& m_desk;
    QListWidget* m_list;
    QComboBox* m_kind;
    QLineEdit* m_title;
    QPlainTextEdit* m_body;
    QComboBox* m_audience;
    CiPicker* m_cis;
    QFormLayout* m_form;
    QDateTimeEdit* m_starts;
    QCheckBox* m_hasEnd;
    QDateTimeEdit* m_ends;
    QLabel* m_problem;
    QLabel* m_reach;
};

} // namespace frontline::client::ui
