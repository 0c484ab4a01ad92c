#include "newticketwindow.h"

#include "client/core/fieldcatalogue.h"
#include "client/core/newticketcontroller.h"
#include "client/widgets/articleviewer.h"
#include "client/widgets/fieldform.h"
#include "client/widgets/suggestionlist.h"
#include "client/widgets/theme.h"

#include <QBuffer>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QThread>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::tray {

NewTicketWindow::NewTicketWindow(NewTicketController& controller, QWidget* parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_title(new QLineEdit)
    , m_description(new QPlainTextEdit)
    , m_category(new QComboBox)
    , m_urgency(new QComboBox)
    , m_fieldForm(new ui::FieldForm(controller.fieldCatalogue(), &controller.session()))
    , m_suggestions(new ui::SuggestionList(
          controller.session(),
          [](int count) {
              return tr("%n answer(s) may solve this already — double-click to read", nullptr,
                        count);
          }))
    , m_preview(new QLabel)
    , m_shoot(new QPushButton(tr("Take a screensho&t")))
    , m_removeShot(new QPushButton(tr("&Remove screenshot")))
    , m_files(new QListWidget)
    , m_infoView(new QTreeWidget)
    , m_problem(new QLabel)
    , m_info(SystemInfo::gather(displayDescription()))
{
    setObjectName(u"trayNewTicket"_s);
    setWindowTitle(tr("Report a problem"));
    m_title->setObjectName(u"titleEdit"_s);
    m_description->setObjectName(u"descriptionEdit"_s);
    m_category->setObjectName(u"categoryBox"_s);
    m_urgency->setObjectName(u"urgencyBox"_s);
    m_title->setPlaceholderText(tr("What is wrong, in one line"));
    m_description->setPlaceholderText(
        tr("What happens, since when, what you already tried, any error message"));
    m_description->setTabChangesFocus(true);

    m_category->addItem(tr("I don't know"));
    for (const Category& category : controller.categories())
        m_category->addItem(category.name, category.name);
    m_urgency->addItem(tr("I can work, but it's a nuisance"), QVariant::fromValue(Level::Low));
    m_urgency->addItem(tr("My work is slowed down"), QVariant::fromValue(Level::Medium));
    m_urgency->addItem(tr("I cannot work"), QVariant::fromValue(Level::High));
    m_urgency->setCurrentIndex(1);

    auto* form = new QFormLayout;
    form->addRow(tr("&What is wrong?"), m_title);
    form->addRow(tr("&Details"), m_description);
    m_description->setToolTip(tr("What happened, what you expected, and any error message; a "
                                 "screenshot and your computer's details can be added below."));
    form->addRow(tr("&Category"), m_category);
    m_category->setToolTip(
        tr("What it is about, if you know; it helps the right people see it first."));
    form->addRow(tr("&How urgent?"), m_urgency);
    m_urgency->setToolTip(tr("How much it stops your work; it decides how soon the desk answers."));
    // What the desk asks of requesters for this category (their own fields, checked inline).
    form->addRow(m_fieldForm);
    connect(m_category, &QComboBox::currentIndexChanged, this, &NewTicketWindow::updateFields);
    connect(&controller.fieldCatalogue(), &FieldCatalogue::loaded, this,
            &NewTicketWindow::updateFields);
    updateFields();

    // Self-service: answers the desk already wrote down, found while the title is typed.
    m_suggestions->watch(m_title, m_description);
    connect(m_suggestions, &ui::SuggestionList::articleChosen, this, [this](qint64 id) {
        auto* viewer = new ui::ArticleViewer(m_controller.session(), id, true, this);
        viewer->setAttribute(Qt::WA_DeleteOnClose);
        viewer->offerSolved(m_title->text().trimmed());
        connect(viewer, &ui::ArticleViewer::solved, this, [this] {
            Q_EMIT deflected(m_title->text().trimmed());
            QDialog::reject();
        });
        viewer->open();
    });

    // The screenshot: shown small, as it will be sent.
    m_preview->setObjectName(u"screenshotPreview"_s);
    m_preview->setFixedHeight(120);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setText(tr("No screenshot"));
    m_shoot->setObjectName(u"screenshotButton"_s);
    m_removeShot->setObjectName(u"removeScreenshotButton"_s);
    m_removeShot->setEnabled(false);
    // Enter anywhere sends; these buttons act only when pressed.
    m_shoot->setAutoDefault(false);
    m_removeShot->setAutoDefault(false);
    connect(m_shoot, &QPushButton::clicked, this, &NewTicketWindow::takeScreenshot);
    connect(m_removeShot, &QPushButton::clicked, this, &NewTicketWindow::removeScreenshot);
    auto* addFile = new QPushButton(tr("Attach a &file…"));
    auto* removeFile = new QPushButton(tr("Remove file"));
    addFile->setAutoDefault(false);
    removeFile->setAutoDefault(false);
    m_files->setObjectName(u"fileList"_s);
    m_files->setAccessibleName(tr("Files to attach"));
    m_files->setMaximumHeight(70);
    connect(addFile, &QPushButton::clicked, this, [this] {
        for (const QString& path : QFileDialog::getOpenFileNames(this, tr("Attach files")))
            this->addFile(path);
    });
    connect(removeFile, &QPushButton::clicked, this, [this] { delete m_files->currentItem(); });
    auto* extras = new QGroupBox(tr("Screenshot and files"));
    auto* extrasLayout = new QGridLayout(extras);
    extrasLayout->addWidget(m_preview, 0, 0, 2, 1);
    extrasLayout->addWidget(m_shoot, 0, 1, Qt::AlignTop);
    extrasLayout->addWidget(m_removeShot, 1, 1, Qt::AlignTop);
    extrasLayout->addWidget(m_files, 2, 0);
    auto* fileButtons = new QVBoxLayout;
    fileButtons->addWidget(addFile);
    fileButtons->addWidget(removeFile);
    fileButtons->addStretch();
    extrasLayout->addLayout(fileButtons, 2, 1);
    extrasLayout->setColumnStretch(0, 1);

    // What is sent about this computer, for the user to see before it goes.
    m_infoView->setObjectName(u"systemInfoView"_s);
    m_infoView->setAccessibleName(tr("This computer's details"));
    m_infoView->setColumnCount(2);
    m_infoView->setHeaderHidden(true);
    m_infoView->setRootIsDecorated(false);
    m_infoView->setMaximumHeight(130);
    for (const SystemInfo::Entry& entry : std::as_const(m_info))
        m_infoView->addTopLevelItem(
            new QTreeWidgetItem(QStringList {SystemInfo::label(entry.key), entry.value}));
    m_infoView->resizeColumnToContents(0);
    auto* infoBox = new QGroupBox(tr("Sent with the ticket: this computer's details"));
    auto* infoLayout = new QVBoxLayout(infoBox);
    infoLayout->addWidget(m_infoView);

    m_problem->setObjectName(u"problemLabel"_s);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    ui::Theme::setStyleSheet(m_problem, u"color: {ErrorText};"_s);
    m_problem->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Send"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"sendButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewTicketWindow::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_suggestions);
    layout->addWidget(extras);
    layout->addWidget(infoBox);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(600, 720);
}

QString NewTicketWindow::displayDescription()
{
    QStringList screens;
    for (const QScreen* screen : QGuiApplication::screens()) {
        const QSize size = screen->size() * screen->devicePixelRatio();
        screens.append(u"%1×%2"_s.arg(size.width()).arg(size.height())
                       + (screen->devicePixelRatio() != 1.0
                              ? u" @%1x"_s.arg(screen->devicePixelRatio())
                              : QString()));
    }
    return screens.join(u", "_s);
}

void NewTicketWindow::takeScreenshot()
{
    // The window itself is not what the desk needs to see: hidden while the screen is taken.
    hide();
    QTimer::singleShot(350, this, [this] {
        QScreen* screen = QGuiApplication::primaryScreen();
        if (screen)
            setScreenshot(screen->grabWindow(0).toImage());
        show();
        raise();
        activateWindow();
    });
}

void NewTicketWindow::setScreenshot(const QImage& image)
{
    m_screenshot = image;
    if (image.isNull()) {
        removeScreenshot();
        return;
    }
    m_preview->setPixmap(
        QPixmap::fromImage(image.scaled(220, 120, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    m_preview->setToolTip(
        tr("%1 × %2 pixels, sent as a PNG image").arg(image.width()).arg(image.height()));
    m_removeShot->setEnabled(true);
}

void NewTicketWindow::removeScreenshot()
{
    m_screenshot = QImage();
    m_preview->setPixmap(QPixmap());
    m_preview->setText(tr("No screenshot"));
    m_preview->setToolTip(QString());
    m_removeShot->setEnabled(false);
}

bool NewTicketWindow::addFile(const QString& path)
{
    auto file = TicketDraft::readFile(path);
    if (!file) {
        showProblem(file.error());
        return false;
    }
    auto* item = new QListWidgetItem(
        tr("%1 (%2)").arg(file->name, SystemInfo::formatBytes(file->bytes.size())), m_files);
    item->setData(Qt::UserRole, file->name);
    item->setData(Qt::UserRole + 1, file->bytes);
    m_problem->hide();
    return true;
}

QString NewTicketWindow::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void NewTicketWindow::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->show();
}

void NewTicketWindow::updateFields()
{
    const FieldValues values = m_fieldForm->values();
    m_fieldForm->setFields(
        m_controller.fieldsFor(TicketType::Incident, m_category->currentData().toString()), values);
    m_fieldForm->setVisible(!m_fieldForm->isEmpty());
}

void NewTicketWindow::accept()
{
    TicketDraft draft;
    draft.title = m_title->text().trimmed();
    draft.description = m_description->toPlainText().trimmed();
    if (m_category->currentData().isValid())
        draft.category = m_category->currentData().toString();
    draft.urgency = m_urgency->currentData().value<Level>();
    draft.systemInfo = m_info;
    if (!m_screenshot.isNull()) {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        m_screenshot.save(&buffer, "PNG");
        draft.files.append({u"screenshot.png"_s, png});
    }
    for (int row = 0; row < m_files->count(); ++row) {
        const QListWidgetItem* item = m_files->item(row);
        draft.files.append(
            {item->data(Qt::UserRole).toString(), item->data(Qt::UserRole + 1).toByteArray()});
    }
    draft.fields = m_fieldForm->values();
    if (!m_fieldForm->validate(draft.type, draft.category.value_or(QString()))) {
        showProblem(tr("Please check the fields marked below."));
        return;
    }
    if (const auto problem = m_controller.submit(draft)) {
        m_fieldForm->showServerProblem(problem->field, problem->message);
        showProblem(problem->message);
        if (problem->field == u"title"_s)
            m_title->setFocus();
        return;
    }
    Q_EMIT queued(draft.title);
    QDialog::accept();
}

} // namespace frontline::client::tray
