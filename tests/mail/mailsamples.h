#pragma once

#include <QByteArray>

// Real-world-shaped mails (headers and structure as Outlook, Gmail, Thunderbird, Apple Mail and
// Postfix write them), shared by the parser's unit tests and the real-server tests.
namespace frontline::test::mailsamples {

// Outlook: multipart/alternative, Windows-1252 quoted-printable text, ISO-8859-1 Q-encoded
// subject, a UTF-8 B-encoded sender name.
inline const QByteArray outlookLatin1 =
    "Return-Path: <juergen.mueller@example.org>\r\n"
    "From: =?utf-8?B?SsO8cmdlbiBNw7xsbGVy?= <Juergen.Mueller@Example.org>\r\n"
    "To: IT Service Desk <desk@example.test>\r\n"
    "Subject: =?iso-8859-1?Q?Drucker_im_2._Stock_druckt_nicht_=FCberall?=\r\n"
    "Date: Mon, 3 Mar 2025 09:14:07 +0100\r\n"
    "Message-ID: <AM0PR04MB1234.eurprd04.prod.outlook.com>\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: multipart/alternative;\r\n"
    "\tboundary=\"_000_AM0PR04MB1234_\"\r\n"
    "\r\n"
    "--_000_AM0PR04MB1234_\r\n"
    "Content-Type: text/plain; charset=\"Windows-1252\"\r\n"
    "Content-Transfer-Encoding: quoted-printable\r\n"
    "\r\n"
    "Hallo,\r\n"
    "\r\n"
    "der Drucker im 2. Stock druckt nur jede zweite Seite. Kosten bisher: 20 =80.\r\n"
    "\r\n"
    "Gr=FC=DFe\r\n"
    "J=FCrgen\r\n"
    "\r\n"
    "--_000_AM0PR04MB1234_\r\n"
    "Content-Type: text/html; charset=\"Windows-1252\"\r\n"
    "Content-Transfer-Encoding: quoted-printable\r\n"
    "\r\n"
    "<html><body><p>Hallo,</p><p>der Drucker im 2. Stock druckt nur jede zweite Seit=\r\n"
    "e.</p></body></html>\r\n"
    "\r\n"
    "--_000_AM0PR04MB1234_--\r\n";

// Gmail: a reply in UTF-8 base64, with the ticket's tag, In-Reply-To and References, the quoted
// history under an attribution line and a signature.
inline const QByteArray gmailReply =
    "From: Ann Example <ann@example.test>\r\n"
    "To: desk@example.test\r\n"
    "Subject: Re: [#1234] =?UTF-8?Q?VPN_verbindet_nicht_=E2=80=93_Tokyo?=\r\n"
    "Date: Tue, 4 Mar 2025 10:00:00 +0900\r\n"
    "Message-ID: <CAH+w=7Zr1@mail.gmail.com>\r\n"
    "In-Reply-To: <ticket-1234-3@frontline.example.test>\r\n"
    "References: <ticket-1234-1@frontline.example.test>\r\n"
    " <ticket-1234-3@frontline.example.test>\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: text/plain; charset=\"UTF-8\"\r\n"
    "Content-Transfer-Encoding: base64\r\n"
    "\r\n"
    + QByteArray("It works again after the update, thank you! 日本語もOK.\r\n"
                 "\r\n"
                 "-- \r\n"
                 "Ann Example, Tokyo office\r\n"
                 "\r\n"
                 "On Mon, 3 Mar 2025 at 18:00, IT Service Desk <desk@example.test> wrote:\r\n"
                 "> Please install the update and try again.\r\n"
                 ">\r\n"
                 "> Regards, the desk\r\n")
          .toBase64(QByteArray::Base64Encoding)
    + "\r\n";

// HTML only, ISO-8859-1 quoted-printable, with what must never reach the text: a script, a
// style sheet, a tracking image, a javascript: link; and a quoted reply in a blockquote.
inline const QByteArray htmlOnly =
    "From: \"Bob\" <bob@example.test>\r\n"
    "To: desk@example.test\r\n"
    "Subject: =?ISO-8859-1?B?Q2Fm6SBtYWNoaW5l?= broken\r\n"
    "Message-ID: <5f1c@apple.example.test>\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: text/html; charset=iso-8859-1\r\n"
    "Content-Transfer-Encoding: quoted-printable\r\n"
    "\r\n"
    "<html><head><style>p { color: red }</style><title>x</title>\r\n"
    "<script>alert('owned')</script></head><body>\r\n"
    "<p>The caf=E9 machine &amp; the fridge are <b>both</b>&nbsp;broken.</p>\r\n"
    "<ul><li>Machine: <a href=3D\"https://wiki.example.test/cafe\">wiki page</a></li>\r\n"
    "<li>Fridge: <a href=3D\"javascript:alert(1)\">click</a></li></ul>\r\n"
    "<img src=3D\"https://tracker.example.test/p.gif\" width=3D1>\r\n"
    "Line one<br>Line two\r\n"
    "<div>On Mon, Bob wrote:</div><blockquote>older text</blockquote>\r\n"
    "</body></html>\r\n";

// Thunderbird: a mail with a PDF (RFC 2231 file name), an inline image and a hostile name.
inline const QByteArray withAttachments =
    "From: Carol <carol@example.test>\r\n"
    "To: desk@example.test\r\n"
    "Subject: Invoice attached\r\n"
    "Message-ID: <b3a1-44@example.test>\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: multipart/mixed; boundary=\"------------mixed\"\r\n"
    "\r\n"
    "This is a multi-part message in MIME format.\r\n"
    "--------------mixed\r\n"
    "Content-Type: text/plain; charset=UTF-8; format=flowed\r\n"
    "Content-Transfer-Encoding: 8bit\r\n"
    "\r\n"
    "See the invoice for März.\r\n"
    "\r\n"
    "--------------mixed\r\n"
    "Content-Type: application/pdf; name=\"Rechnung.pdf\"\r\n"
    "Content-Disposition: attachment;\r\n"
    " filename*=UTF-8''Rechnung%20M%C3%A4rz.pdf\r\n"
    "Content-Transfer-Encoding: base64\r\n"
    "\r\n"
    "JVBERi0xLjQKJcOkw7zDtsOfCjIgMCBvYmoK\r\n"
    "\r\n"
    "--------------mixed\r\n"
    "Content-Type: image/png\r\n"
    "Content-Disposition: inline\r\n"
    "Content-ID: <part1.abc@example.test>\r\n"
    "Content-Transfer-Encoding: base64\r\n"
    "\r\n"
    "iVBORw0KGgo=\r\n"
    "\r\n"
    "--------------mixed\r\n"
    "Content-Type: text/plain; name=\"passwd\"\r\n"
    "Content-Disposition: attachment; filename=\"../../etc/passwd\"\r\n"
    "\r\n"
    "root:x:0:0\r\n"
    "--------------mixed--\r\n";

// Postfix's bounce: a delivery-status report from MAILER-DAEMON with an empty Return-Path.
inline const QByteArray bounce =
    "Return-Path: <>\r\n"
    "From: MAILER-DAEMON@mail.example.org (Mail Delivery System)\r\n"
    "To: desk@example.test\r\n"
    "Subject: Undelivered Mail Returned to Sender\r\n"
    "Message-Id: <20250303091500.ABC@mail.example.org>\r\n"
    "Auto-Submitted: auto-replied\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: multipart/report; report-type=delivery-status;\r\n"
    "\tboundary=\"ABC.1741000000/mail.example.org\"\r\n"
    "\r\n"
    "--ABC.1741000000/mail.example.org\r\n"
    "Content-Description: Notification\r\n"
    "Content-Type: text/plain; charset=us-ascii\r\n"
    "\r\n"
    "I'm sorry to have to inform you that your message could not be delivered.\r\n"
    "\r\n"
    "--ABC.1741000000/mail.example.org\r\n"
    "Content-Description: Delivery report\r\n"
    "Content-Type: message/delivery-status\r\n"
    "\r\n"
    "Reporting-MTA: dns; mail.example.org\r\n"
    "\r\n"
    "Final-Recipient: rfc822; nobody@example.org\r\n"
    "Action: failed\r\n"
    "Status: 5.1.1\r\n"
    "\r\n"
    "--ABC.1741000000/mail.example.org--\r\n";

// An out-of-office note as Exchange sends it.
inline const QByteArray outOfOffice = "From: Dave <dave@example.test>\r\n"
                                      "To: desk@example.test\r\n"
                                      "Subject: Automatic reply: [#77] Laptop\r\n"
                                      "Message-ID: <oof-1@example.test>\r\n"
                                      "X-Auto-Response-Suppress: All\r\n"
                                      "Content-Type: text/plain; charset=us-ascii\r\n"
                                      "\r\n"
                                      "I am out of the office until Monday.\r\n";

// Mailing-list mail.
inline const QByteArray listMail = "From: newsletter@vendor.example\r\n"
                                   "To: desk@example.test\r\n"
                                   "Subject: Our March news\r\n"
                                   "Message-ID: <news-3@vendor.example>\r\n"
                                   "List-Id: Vendor News <news.vendor.example>\r\n"
                                   "List-Unsubscribe: <mailto:leave@vendor.example>\r\n"
                                   "Precedence: bulk\r\n"
                                   "Content-Type: text/plain\r\n"
                                   "\r\n"
                                   "News.\r\n";

// Old mailers: 8-bit Latin-1 text with no charset declared, and a raw UTF-8 subject.
inline const QByteArray undeclaredLatin1 = "From: old@example.test\r\n"
                                           "To: desk@example.test\r\n"
                                           "Subject: Größe ändern\r\n"
                                           "Message-ID: <old-1@example.test>\r\n"
                                           "\r\n"
                                           "Die Gr\xf6\xdf"
                                           "e ist falsch.\r\n";

} // namespace frontline::test::mailsamples
