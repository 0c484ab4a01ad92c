#!/usr/bin/python3
"""Walks the accessible trees of the running agent client and applet over AT-SPI, the way a
screen reader sees them, and fails listing every control without an accessible name and every
input control (text, combo box, spin box, date, check box) without an accessible description
(what to enter, in which format, what it turns on): the name alone rarely says that.

Started by tests/a11y/a11y.sh (which starts Xvfb, the D-Bus session, the AT-SPI bus, the
server with demo data, the client logged in as the demo agent, another as the demo admin,
a third at its login dialog, and the applet as the demo requester). The client is driven through AT-SPI itself (menu items and buttons pressed by
their accessible actions), so whatever is visited here is reachable by assistive technology.

Visited: the main window; the ticket pane with a ticket open; the new-ticket form; the
escalation dialog; API tokens; the settings dialog, with the two-factor dialog it opens (its
status and enrolment steps) and the approvals' delegation dialog; the announcement dialog;
the approvals inbox; the knowledge base (article list and article editor); every tab of the
administration dialog; the managers' dashboard; the login dialog; the applet's window, its
new-ticket, my-tickets and Request something windows. The agent's queue is read as Orca reads a table
(the AT-SPI table interface: column header, then the cell's name). Then the server is stopped
and the client and the applet must announce the lost connection: a notification object whose name says so, reported by
an AT-SPI event (the way Orca learns of it).
"""

import argparse
import json
import os
import re
import socket
import signal
import subprocess
import sys
import time

import pyatspi
from gi.repository import GLib

# The controls a keyboard or screen-reader user operates: each needs a name.
CONTROL_ROLES = {
    pyatspi.ROLE_PUSH_BUTTON,
    pyatspi.ROLE_TOGGLE_BUTTON,
    pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_TEXT,
    pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_PASSWORD_TEXT,
    pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_SLIDER,
    pyatspi.ROLE_LIST,
    pyatspi.ROLE_LIST_BOX,
    pyatspi.ROLE_TABLE,
    pyatspi.ROLE_TREE,
    pyatspi.ROLE_TREE_TABLE,
    pyatspi.ROLE_PAGE_TAB,
    pyatspi.ROLE_DATE_EDITOR,
}
# Input controls: each also needs a description (a text only where it can be edited).
INPUT_ROLES = {
    pyatspi.ROLE_TEXT,
    pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_PASSWORD_TEXT,
    pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_DATE_EDITOR,
    pyatspi.ROLE_CHECK_BOX,
}
# Their items carry their own text; walking thousands of cells over D-Bus only costs time.
NO_DESCENT = {
    pyatspi.ROLE_TABLE,
    pyatspi.ROLE_TREE,
    pyatspi.ROLE_TREE_TABLE,
    pyatspi.ROLE_LIST,
    pyatspi.ROLE_LIST_BOX,
    pyatspi.ROLE_COMBO_BOX,
}
# Menus are walked while closed (not showing), to find their items.
MENU_ROLES = {pyatspi.ROLE_MENU_BAR, pyatspi.ROLE_MENU, pyatspi.ROLE_MENU_ITEM}

TIMEOUT = float(os.environ.get("FRONTLINE_A11Y_TIMEOUT", "20"))


class Failure(Exception):
    pass


def log(message):
    print(message, flush=True)


def pump():
    """Lets the AT-SPI library handle the D-Bus messages that arrived (events, caches)."""
    context = GLib.MainContext.default()
    while context.pending():
        context.iteration(False)


def wait_for(what, probe, timeout=TIMEOUT):
    """Polls probe() until it returns something true; fails naming what was awaited."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            value = probe()
        except Exception:  # an object gone while looking: look again
            value = None
        if value:
            return value
        if time.monotonic() > deadline:
            raise Failure("timed out waiting for " + what)
        pump()
        time.sleep(0.1)


def showing(acc):
    try:
        return acc.getState().contains(pyatspi.STATE_SHOWING)
    except Exception:
        return False


def children(acc):
    try:
        return [acc.getChildAtIndex(i) for i in range(acc.childCount)]
    except Exception:
        return []


def find_all(root, predicate, descend_hidden=False):
    found = []
    stack = [root]
    while stack:
        acc = stack.pop()
        if acc is None:
            continue
        try:
            if predicate(acc):
                found.append(acc)
            role = acc.getRole()
            if role in NO_DESCENT:
                continue
        except Exception:
            continue
        if descend_hidden or showing(acc) or role in MENU_ROLES:
            stack.extend(reversed(children(acc)))
    return found


def find_one(root, role, name=None, starts=None):
    def matches(acc):
        if acc.getRole() != role:
            return False
        if name is not None and acc.name != name:
            return False
        if starts is not None and not acc.name.startswith(starts):
            return False
        return True

    found = find_all(root, matches)
    return found[0] if found else None


def app_of(pid):
    desktop = pyatspi.Registry.getDesktop(0)
    for app in children(desktop):
        try:
            if app is not None and app.get_process_id() == pid:
                return app
        except Exception:
            pass
    return None


def windows(app, role=None):
    return [w for w in children(app) if showing(w) and (role is None or w.getRole() == role)]


def window_named(app, part):
    for window in windows(app):
        if part in window.name:
            return window
    return None


def describe(acc):
    parts = []
    node = acc
    while node is not None and node.getRole() != pyatspi.ROLE_APPLICATION:
        label = node.getRoleName()
        if node.name:
            label += ' "' + node.name + '"'
        parts.append(label)
        node = node.parent
    return " < ".join(parts)


def place(acc):
    """The indexes from the window down to acc: stable while names change."""
    indexes = []
    node = acc
    while node is not None and node.getRole() != pyatspi.ROLE_APPLICATION:
        indexes.append(node.getIndexInParent())
        node = node.parent
    return tuple(reversed(indexes))


def labelled_by(acc):
    try:
        for relation in acc.getRelationSet():
            if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
                for i in range(relation.getNTargets()):
                    if relation.getTarget(i).name.strip():
                        return True
    except Exception:
        pass
    return False


def named(acc):
    """Whether a screen reader has a name to say for the control. Qt on Linux gives a combo box
    its current text as its name, whatever its accessible name: its label is only known from
    a label whose buddy it is (the labelled-by relation)."""
    if acc.getRole() == pyatspi.ROLE_COMBO_BOX:
        return labelled_by(acc)
    return bool(acc.name.strip())


def needs_description(acc):
    role = acc.getRole()
    if role not in INPUT_ROLES:
        return False
    if role == pyatspi.ROLE_TEXT:
        return acc.getState().contains(pyatspi.STATE_EDITABLE)
    return True


class Audit:
    """Every unnamed control seen, once, with where it was seen first."""

    app = None  # the agent's client, and its main window with a ticket open
    main = None

    def __init__(self):
        self.unnamed = {}
        self.undescribed = {}
        self.controls = 0
        self.seen = set()

    def walk(self, root, where, scope=None):
        """Checks the controls showing under root; scope: the window they are counted in once
        (by their place in it), the same window walked again in another state counts only
        what is new."""
        count = 0
        for acc in find_all(root, lambda a: a.getRole() in CONTROL_ROLES and showing(a)):
            path = describe(acc)
            key = (scope or where, place(acc))
            if key in self.seen:
                continue
            self.seen.add(key)
            count += 1
            self.controls += 1
            if not named(acc):
                hint = acc.description.strip()
                hint = ' (description: "%s")' % hint if hint else ""
                self.unnamed[key] = "%s: %s%s" % (where, path, hint)
            elif needs_description(acc) and not acc.description.strip():
                self.undescribed[key] = "%s: %s" % (where, path)
        log("  %-34s %3d new controls" % (where, count))


def press(acc):
    action = acc.queryAction()
    for i in range(action.nActions):
        if action.getName(i) in ("Press", "press", "Toggle", "SetFocus", "click"):
            action.doAction(i)
            return
    action.doAction(0)


def menu_item(app_window, *names):
    """The menu item reached by the names from the menu bar (mnemonics stripped)."""
    node = find_one(app_window, pyatspi.ROLE_MENU_BAR)
    if node is None:
        raise Failure("no menu bar in " + app_window.name)
    for name in names:
        found = None
        for acc in find_all(node, lambda a: a.getRole() in MENU_ROLES, True):
            if acc.name.replace("…", "").strip() == name:
                found = acc
                break
        if found is None:
            raise Failure("no menu item %r in %s" % (name, " > ".join(names)))
        node = found
    return node


class ModalPress:
    """Presses a menu item (or, with window, a button in the window with that title) whose
    action opens a modal dialog (the press returns only when the dialog closes), from a helper
    process so this one can go on walking."""

    def __init__(self, pid, names, window=None):
        where = ["--window", window] if window else []
        self.process = subprocess.Popen(
            [sys.executable, os.path.abspath(__file__), "--press", str(pid)]
            + where
            + ["--"]
            + list(names)
        )

    def finish(self):
        try:
            self.process.wait(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def main_window(app):
    """The client's main window: the one with the menu bar (other windows say Frontline too)."""
    for window in windows(app):
        if "Frontline" in window.name and find_one(window, pyatspi.ROLE_MENU_BAR) is not None:
            return window
    return None


def press_menu_item(pid, names, window=None):
    app = wait_for("the client's accessible application", lambda: app_of(pid))
    if window:
        dialog = wait_for("the window " + window, lambda: window_named(app, window))
        item = wait_for(
            "the button " + names[0],
            lambda: find_one(dialog, pyatspi.ROLE_PUSH_BUTTON, name=names[0]),
        )
    else:
        main = wait_for("the main window", lambda: main_window(app))
        item = menu_item(main, *names)
    try:
        press(item)
    except GLib.GError:
        pass  # the reply comes when the dialog closes, or never when the test ends first


def close_dialog(dialog):
    for name in ("Close", "Cancel"):
        button = find_one(dialog, pyatspi.ROLE_PUSH_BUTTON, name=name)
        if button is not None:
            press(button)
            return
    raise Failure("no Close or Cancel button in " + dialog.name)


def audit_client(audit, client_pid):
    app = wait_for("the agent client on the accessibility bus", lambda: app_of(client_pid), 40)
    audit.app = app
    main = wait_for(
        "the main window, logged in",
        lambda: (w := window_named(app, "Frontline")) and find_one(w, pyatspi.ROLE_TABLE) and w,
        40,
    )
    audit.walk(main, "main window", "main")

    # A ticket opened: Go > Next ticket once the queue has loaded, then the pane's buttons show.
    queue = find_one(main, pyatspi.ROLE_TABLE)
    wait_for("the agent's queue to load", lambda: queue.queryTable().nRows > 0, 40)
    press(menu_item(main, "Go", "Next ticket"))
    wait_for(
        "the ticket pane with a ticket",
        lambda: find_one(main, pyatspi.ROLE_PUSH_BUTTON, name="Assign to me"),
    )
    audit.walk(main, "ticket pane (a ticket open)", "main")
    audit.main = main
    read_queue(queue)

    # The composer opened for a reply.
    press(menu_item(main, "Ticket", "Reply"))
    audit.walk(main, "ticket pane (composing a reply)", "main")

    for names, title, where in (
        (("File", "New ticket"), "New ticket", "new-ticket form"),
        (("Ticket", "Escalate"), "Escalate ticket", "escalation dialog"),
        (("File", "API tokens"), "API tokens", "API tokens"),
    ):
        modal_dialog(audit, app, client_pid, names, title, where)

    # Settings, and the dialogs it opens: two-factor enrolment, handing over approvals.
    opening = ModalPress(client_pid, ("File", "Settings"))
    settings = wait_for("the dialog Settings", lambda: window_named(app, "Settings"))
    audit.walk(settings, "settings")
    opening = ModalPress(client_pid, ("Two-factor sign-in…",), "Settings")
    security = wait_for("the dialog two-factor", lambda: window_named(app, "two-factor"))
    audit.walk(security, "two-factor sign-in", "two-factor")
    # Enrolment begun (not confirmed, so nothing changes for the agent's sign-in).
    press(find_one(security, pyatspi.ROLE_PUSH_BUTTON, name="Set up two-factor sign-in…"))
    wait_for(
        "the enrolment step",
        lambda: find_one(security, pyatspi.ROLE_PUSH_BUTTON, name="Confirm"),
    )
    audit.walk(security, "two-factor enrolment", "two-factor")
    close_dialog(security)
    opening.finish()
    modal_dialog(
        audit, app, client_pid, ("Hand over my approvals…",), "hand over approvals",
        "approvals: delegation dialog", window="Settings",
    )
    close_dialog(settings)
    opening.finish()

    # The windows that stay open beside the main window (walked last: they stay open).
    press(menu_item(main, "Go", "Announcements"))
    dialog = wait_for("the announcements", lambda: window_named(app, "Announcements"))
    audit.walk(dialog, "announcements")
    close_dialog(dialog)
    open_approvals(audit, app, main)
    press(menu_item(main, "Go", "Knowledge base"))
    kb = wait_for(
        "the knowledge base with its articles",
        lambda: (w := window_named(app, "Knowledge base"))
        and find_one(w, pyatspi.ROLE_PUSH_BUTTON, name="New article…")
        and w,
    )
    audit.walk(kb, "knowledge base: article list")
    press(find_one(kb, pyatspi.ROLE_PUSH_BUTTON, name="New article…"))
    editor = wait_for("the article editor", lambda: window_named(app, "New article"))
    audit.walk(editor, "knowledge base: article editor")
    close_dialog(editor)
    return app


def modal_dialog(audit, app, pid, names, title, where, window=None):
    """Opens a modal dialog (menu item, or button in window), walks it and closes it."""
    opening = ModalPress(pid, names, window)
    dialog = wait_for("the dialog " + title, lambda: window_named(app, title))
    audit.walk(dialog, where)
    close_dialog(dialog)
    opening.finish()


def open_approvals(audit, app, main):
    """The approvals inbox (Go > Approvals, also the navigation's entry)."""
    press(menu_item(main, "Go", "Approvals"))
    inbox = wait_for("the approvals inbox", lambda: window_named(app, "Approvals"))
    audit.walk(inbox, "approvals inbox")


def read_queue(queue):
    """The queue as Orca reads a table row: each cell's column header, then the cell's name
    (from the model's accessible text). Fails on a cell or header that says nothing, on a
    priority read as a bare code and on an SLA time without its state (shown by colour)."""
    table = queue.queryTable()
    headers = [table.getColumnDescription(c) for c in range(table.nColumns)]
    problems = []
    for row in range(min(3, table.nRows)):
        spoken = []
        for column, header in enumerate(headers):
            cell = table.getAccessibleAt(row, column)
            if cell is None:
                problems.append("row %d, %s: no cell" % (row, header))
                continue
            name = cell.name.strip()
            spoken.append("%s: %s" % (header, name))
            if not header.strip():
                problems.append("column %d has no header" % column)
            if not name:
                problems.append("row %d, %s: the cell says nothing" % (row, header))
            elif header == "Priority" and not re.fullmatch(r"Priority [1-5]", name):
                problems.append('row %d: the priority reads "%s"' % (row, name))
            elif header == "SLA due" and "SLA" not in name:
                problems.append('row %d: the SLA reads "%s" (no state)' % (row, name))
        if row == 0:
            log("  queue, first row as read: " + "; ".join(spoken))
    if problems:
        raise Failure("the queue as a screen reader reads it: " + ", ".join(problems))


def audit_admin(audit, admin_pid):
    app = wait_for("the admin's client on the accessibility bus", lambda: app_of(admin_pid), 40)
    wait_for("the admin's main window", lambda: window_named(app, "Frontline"), 40)
    opening = ModalPress(admin_pid, ("Administration", "Users and roles"))
    dialog = wait_for("the administration dialog", lambda: window_named(app, "Administration"))
    tab_list = wait_for(
        "the administration tabs", lambda: find_one(dialog, pyatspi.ROLE_PAGE_TAB_LIST)
    )
    for tab in find_all(tab_list, lambda a: a.getRole() == pyatspi.ROLE_PAGE_TAB):
        press(tab)
        # The tab list is named after its current tab.
        wait_for("the tab " + tab.name, lambda: tab_list.name == tab.name, 5)
        audit.walk(dialog, "administration: " + tab.name, "administration")
    close_dialog(dialog)
    opening.finish()
    main = wait_for("the admin's main window", lambda: main_window(app))
    press(menu_item(main, "Go", "Dashboard"))
    dashboard = wait_for("the dashboard", lambda: window_named(app, "Dashboard"))
    audit.walk(dashboard, "managers' dashboard")


def audit_login(audit, login_pid):
    app = wait_for("the second client on the accessibility bus", lambda: app_of(login_pid), 40)
    dialog = wait_for("the login dialog", lambda: window_named(app, "Log in"), 40)
    audit.walk(dialog, "login dialog")


def audit_tray(audit, tray_pid, tray_command):
    app = wait_for("the applet on the accessibility bus", lambda: app_of(tray_pid), 40)
    window = wait_for("the applet's window", lambda: windows(app), 40)[0]
    wait_for("the applet signed in", lambda: find_one(window, pyatspi.ROLE_PUSH_BUTTON))
    audit.walk(window, "applet window")
    for what, title in (("new-ticket", "Report a problem"), ("my-tickets", "My tickets"),
                        ("request", "Request something")):
        subprocess.run(tray_command + ["--show", what], check=True, stdout=subprocess.DEVNULL)
        shown = wait_for("the applet's " + title, lambda: window_named(app, title))
        audit.walk(shown, "applet: " + title)


class Announcements:
    """Listens for notification objects of one application becoming showing: the event Orca
    speaks notifications on (its default script's onShowingChanged)."""

    TYPES = ["object:state-changed:showing"]

    def __init__(self, app):
        self.pid = app.get_process_id()
        self.heard = []
        pyatspi.Registry.registerEventListener(self.on_event, *self.TYPES)
        pump()

    def on_event(self, event):
        try:
            if event.detail1 != 1 or event.host_application.get_process_id() != self.pid:
                return
            if event.source.getRole() == pyatspi.ROLE_NOTIFICATION:
                self.heard.append(event.source.name)
        except Exception:
            pass

    def wait(self, what, *words):
        def spoken():
            return [h for h in self.heard if all(w.lower() in h.lower() for w in words)]

        found = wait_for("an announcement: " + what, spoken)
        log('  announced, %s: "%s"' % (what, found[0]))

    def close(self):
        pyatspi.Registry.deregisterEventListener(self.on_event, *self.TYPES)


def rpc_session(endpoint, username, password):
    """A JSON-RPC connection to the server (one JSON message per line), logged in."""
    host, port = endpoint.rsplit(":", 1)
    connection = socket.create_connection((host, int(port)), timeout=TIMEOUT)
    stream = connection.makefile("rw", encoding="utf-8", newline="\n")
    counter = [0]

    def call(method, **params):
        counter[0] += 1
        stream.write(json.dumps({"jsonrpc": "2.0", "id": counter[0], "method": method,
                                 "params": params}) + "\n")
        stream.flush()
        while True:
            answer = json.loads(stream.readline())
            if answer.get("id") == counter[0]:
                if "error" in answer:
                    raise Failure("%s: %s" % (method, answer["error"]))
                return answer["result"]

    call("auth.login", username=username, password=password)
    return call


def reply_announced(app, main, endpoint, password):
    """A colleague answers on the ticket open in the agent's window: it is announced."""
    ticket = int(re.match(r"#(\d+) ", main.name).group(1))
    listening = Announcements(app)
    try:
        call = rpc_session(endpoint, "manager", password)
        call("ticket.comment", id=ticket, body="Any news from the user?", internal=True)
        listening.wait("a new note on the open ticket", "note", "#%d" % ticket)
    finally:
        listening.close()


def connection_lost_announced(app, tray_app, server_pid):
    """The server stops: the agent's client and the applet announce the lost connection."""
    listening = Announcements(app)
    applet = Announcements(tray_app)
    try:
        os.kill(server_pid, signal.SIGTERM)
        listening.wait("the connection is lost", "connection", "lost")
        applet.wait("by the applet, the connection is lost", "connection", "lost")
    finally:
        listening.close()
        applet.close()


def dump_desktop():
    """What the accessibility bus shows, to tell why something awaited did not come."""
    log("the accessibility bus shows:")
    for app in children(pyatspi.Registry.getDesktop(0)):
        try:
            log("  application %r (pid %d)" % (app.name, app.get_process_id()))
            for window in children(app):
                log("    %s %r%s" % (window.getRoleName(), window.name, "" if showing(window) else " (not showing)"))
        except Exception as error:
            log("  (gone: %s)" % error)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--client", type=int)
    parser.add_argument("--admin", type=int)
    parser.add_argument("--login", type=int)
    parser.add_argument("--tray", type=int)
    parser.add_argument("--server", type=int)
    parser.add_argument("--endpoint")
    parser.add_argument("--tray-command", nargs=argparse.REMAINDER)
    parser.add_argument("--press", type=int)
    parser.add_argument("--window")
    parser.add_argument("names", nargs="*")
    args = parser.parse_args()
    if args.press:
        press_menu_item(args.press, args.names, args.window)
        return 0

    started = time.monotonic()
    audit = Audit()
    failed = False
    try:
        app = audit_client(audit, args.client)
        audit_admin(audit, args.admin)
        audit_login(audit, args.login)
        audit_tray(audit, args.tray, args.tray_command)
    except Failure as failure:
        log("FAILED: " + str(failure))
        dump_desktop()
        return 1
    log("%d controls checked in %.1f s" % (audit.controls, time.monotonic() - started))
    if audit.unnamed:
        failed = True
        log("%d controls have no accessible name:" % len(audit.unnamed))
        for line in audit.unnamed.values():
            log("  " + line)
    else:
        log("every control has an accessible name")
    if audit.undescribed:
        failed = True
        log("%d input controls have no accessible description:" % len(audit.undescribed))
        for line in audit.undescribed.values():
            log("  " + line)
    else:
        log("every input control has an accessible description")
    try:
        reply_announced(app, audit.main, args.endpoint, os.environ["FRONTLINE_A11Y_PASSWORD"])
        connection_lost_announced(app, app_of(args.tray), args.server)
    except Failure as failure:
        log("FAILED: " + str(failure))
        failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
