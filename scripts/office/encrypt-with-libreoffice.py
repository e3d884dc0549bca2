#!/usr/bin/python3
"""Saves an .xlsx/.docx/.xls/.doc with a password to open, through LibreOffice's UNO API (a real
encrypted file: OOXML becomes an OLE file with EncryptionInfo/EncryptedPackage).

    /usr/bin/python3 scripts/office/encrypt-with-libreoffice.py IN OUT FILTER PASSWORD

Needs libreoffice and python3-uno (apt). Used by generate-office-fixtures.ts; tests never run it.
"""
import os, subprocess, sys, tempfile, time, shutil
import uno
from com.sun.star.beans import PropertyValue

def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p

def main():
    src, dst, filt, password = sys.argv[1:5]
    profile = tempfile.mkdtemp(prefix="jixiao-uno-")
    pipe = "jixiao%d" % os.getpid()
    proc = subprocess.Popen(["soffice", "-env:UserInstallation=file://" + profile, "--headless", "--norestore", "--nologo",
                             "--accept=pipe,name=%s;urp;" % pipe], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        ctx = None
        for _ in range(100):
            try:
                ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
                break
            except Exception:
                time.sleep(0.2)
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(src)), "_blank", 0, (prop("Hidden", True),))
        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(dst)), (prop("FilterName", filt), prop("Password", password)))
        doc.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass
    finally:
        proc.wait(timeout=30) if proc.poll() is None and not proc.kill() else None
        shutil.rmtree(profile, ignore_errors=True)

main()
