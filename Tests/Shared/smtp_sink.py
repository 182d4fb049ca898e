"""An aiosmtpd handler for the tests: stores every accepted message as an .eml file and refuses for good (550)
every recipient whose address starts with "reject", like a server that does not know the mailbox. Senders (MAIL FROM)
starting with "noauth" get "530 authentication required" and starting with "relaydenied" get "550 relaying denied":
refusals of the site's own account, not of a recipient. Recipients starting with "busy" get 450 (try again later)."""
import os
import time
import uuid


class Sink:
    def __init__(self, directory):
        self.directory = directory
        os.makedirs(directory, exist_ok=True)

    @classmethod
    def from_cli(cls, parser, *args):
        if len(args) != 1:
            parser.error("Sink takes one argument: the folder for received messages")
        return cls(args[0])

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        if address.lower().startswith("noauth"):
            return "530 5.7.0 Authentication required"
        if address.lower().startswith("relaydenied"):
            return "550 5.7.1 <%s>: relaying denied" % address
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower().startswith("reject"):
            return "550 5.1.1 <%s>: mailbox unavailable" % address
        if address.lower().startswith("busy"):
            return "450 4.2.1 <%s>: mailbox busy, try again later" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        name = "%d-%s" % (time.time_ns(), uuid.uuid4().hex)
        temporary = os.path.join(self.directory, "." + name)
        with open(temporary, "wb") as f:
            # As the delivering server does (RFC 5321 4.4): the envelope sender, where bounces go.
            f.write(b"Return-Path: <%s>\r\n" % (envelope.mail_from or "").encode())
            f.write(envelope.original_content or envelope.content)
        os.replace(temporary, os.path.join(self.directory, name + ".eml"))
        return "250 Message accepted for delivery"
