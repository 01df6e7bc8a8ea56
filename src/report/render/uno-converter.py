"""A LibreOffice kept warm: converts DOCX files to PDF for baocao's server, one request a line.

Started by src/report/render/resident-converter.ts with the profile folder and a pipe name.
It starts its own headless LibreOffice listening on that pipe, connects through UNO, prints
{"ready": true, "pid": <LibreOffice's pid>}, then answers each line {"id", "in", "out"} of its
standard input with {"id", "ok": true} or {"id", "error": "..."}. When LibreOffice dies, the
answer is an error and the process exits, so the caller starts a fresh one. A closed standard
input ends LibreOffice and this process.
"""

import json
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def say(message):
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def start_office(office, profile_url, pipe):
    return subprocess.Popen(
        [
            office,
            "-env:UserInstallation=" + profile_url,
            "--headless",
            "--invisible",
            "--nologo",
            "--norestore",
            "--nodefault",
            "--nolockcheck",
            "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe,
        ],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def connect(pipe, office_process, seconds=60):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local
    )
    deadline = time.monotonic() + seconds
    while True:
        try:
            context = resolver.resolve(
                "uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe
            )
            return context.ServiceManager.createInstanceWithContext(
                "com.sun.star.frame.Desktop", context
            )
        except NoConnectException:
            if office_process.poll() is not None or time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def convert(desktop, source, target):
    document = desktop.loadComponentFromURL(
        uno.systemPathToFileUrl(source),
        "_blank",
        0,
        (prop("Hidden", True), prop("ReadOnly", True)),
    )
    try:
        document.storeToURL(
            uno.systemPathToFileUrl(target), (prop("FilterName", "writer_pdf_Export"),)
        )
    finally:
        document.close(True)


def main():
    office, profile_url, pipe = sys.argv[1], sys.argv[2], sys.argv[3]
    office_process = start_office(office, profile_url, pipe)
    try:
        desktop = connect(pipe, office_process)
    except Exception as error:  # noqa: BLE001 - whatever failed, the caller must hear it
        office_process.kill()
        say({"ready": False, "error": str(error)})
        sys.exit(1)
    say({"ready": True, "pid": office_process.pid})
    for line in sys.stdin:
        request = json.loads(line)
        try:
            convert(desktop, request["in"], request["out"])
            say({"id": request["id"], "ok": True})
        except Exception as error:  # noqa: BLE001
            alive = office_process.poll() is None
            say({"id": request["id"], "error": str(error) or type(error).__name__})
            if not alive:
                sys.exit(1)
    try:
        desktop.terminate()
    except Exception:  # noqa: BLE001 - it may already be gone
        pass
    try:
        office_process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        office_process.kill()


main()
