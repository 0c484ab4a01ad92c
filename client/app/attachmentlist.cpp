#include "attachmentlist.h"

#include "client/core/attachmenttransfer.h"
#include "client/core/errortext.h"
#include "client/core/session.h"
#include "client/core/systeminfo.h"
#include "client/core/ticketdetail.h"
#include "client/widgets/safetext.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

AttachmentList::AttachmentList(Session& session, TicketDetail& detail, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_detail(detail)
    , m_list(new QListWidget)
    , m_computer(plainLabel())
    , m_details(new QPushButton(tr("Computer details")))
{
    m_list->setObjectName(u"attachmentList"_s);
    m_list->setMaximumHeight(64);
    m_list->setAccessibleName(tr("Attachments"));
    m_computer->setObjectName(u"reporterComputer"_s);
    m_computer->setWordWrap(true);
    m_computer->setEnabled(false);
    m_details->setObjectName(u"computerDetailsButton"_s);
    m_details->setFlat(true);
    connect(m_details, &QPushButton::clicked, this, &AttachmentList::showSystemInfo);
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { open(item->data(Qt::UserRole).toLongLong()); });
    connect(&detail, &TicketDetail::attachmentsChanged, this, &AttachmentList::refresh);
    connect(&detail, &TicketDetail::loaded, this, &AttachmentList::refresh);
    auto* computerRow = new QHBoxLayout;
    computerRow->setContentsMargins(0, 0, 0, 0);
    computerRow->addWidget(m_computer, 1);
    computerRow->addWidget(m_details);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(computerRow);
    refresh();
}

void AttachmentList::refresh()
{
    m_list->clear();
    for (const Attachment& a : m_detail.attachments()) {
        auto* item = new QListWidgetItem(
            tr("📎 %1 (%2, %3)").arg(a.name, SystemInfo::formatBytes(a.size), a.contentType));
        item->setData(Qt::UserRole, a.id);
        item->setToolTip(
            tr("From %1. Double-click to %2.")
                .arg(a.uploadedBy.shownName(), a.isImage() ? tr("view it") : tr("save it")));
        m_list->addItem(item);
    }
    m_list->setVisible(m_list->count() > 0);
    const auto computer = m_detail.reporterComputer();
    m_computer->setVisible(computer.has_value());
    m_details->setVisible(computer.has_value());
    if (computer)
        setPlainText(m_computer,
                     tr("Reporter's computer: %1 · %2").arg(computer->os, computer->host));
}

QString AttachmentList::systemInfoText() const
{
    return SystemInfo::toText(SystemInfo::fromJson(m_detail.ticket().systemInfo));
}

void AttachmentList::showSystemInfo()
{
    QMessageBox box(QMessageBox::Information, tr("Reporter's computer"), systemInfoText(),
                    QMessageBox::Close, this);
    box.setTextFormat(Qt::PlainText);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.exec();
}

void AttachmentList::open(qint64 id)
{
    auto* download = new AttachmentDownload(m_session, id, this);
    connect(download, &AttachmentDownload::failed, this, [this, download](const rpc::RpcError& e) {
        download->deleteLater();
        QMessageBox::warning(this, tr("Attachment"), ErrorText::describe(e));
    });
    connect(download, &AttachmentDownload::finished, this,
            [this, download](const Attachment& a, const QByteArray& bytes) {
                download->deleteLater();
                QImage image;
                if (a.isImage() && image.loadFromData(bytes)) {
                    QDialog viewer(this);
                    viewer.setWindowTitle(a.name);
                    auto* picture = new QLabel;
                    picture->setPixmap(QPixmap::fromImage(image));
                    auto* scroll = new QScrollArea;
                    scroll->setWidget(picture);
                    auto* buttons =
                        new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close);
                    connect(buttons, &QDialogButtonBox::rejected, &viewer, &QDialog::reject);
                    connect(buttons, &QDialogButtonBox::accepted, &viewer, &QDialog::accept);
                    auto* layout = new QVBoxLayout(&viewer);
                    layout->addWidget(scroll);
                    layout->addWidget(buttons);
                    viewer.resize(std::min(image.width() + 60, 1200),
                                  std::min(image.height() + 100, 900));
                    if (viewer.exec() != QDialog::Accepted)
                        return;
                }
                const QString path =
                    QFileDialog::getSaveFileName(this, tr("Save attachment"), a.name);
                if (path.isEmpty())
                    return;
                QSaveFile out(path);
                if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size()
                    || !out.commit())
                    QMessageBox::warning(this, tr("Attachment"),
                                         tr("%1 could not be written.").arg(path));
            });
    download->start();
}

void AttachmentList::attachFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Attach a file"), tr("%1 cannot be read.").arg(path));
        return;
    }
    auto* upload = new AttachmentUpload(m_session, m_detail.ticketId(), QFileInfo(path).fileName(),
                                        file.readAll(), false, this);
    connect(upload, &AttachmentUpload::finished, upload, &QObject::deleteLater);
    connect(upload, &AttachmentUpload::failed, this, [this, upload](const rpc::RpcError& e) {
        upload->deleteLater();
        QMessageBox::warning(this, tr("Attach a file"), ErrorText::describe(e));
    });
    upload->start();
}

} // namespace frontline::client::ui
