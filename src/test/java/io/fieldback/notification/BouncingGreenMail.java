package io.fieldback.notification;

import java.util.Map;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * GreenMail takes every recipient; this one refuses, as a real server does for a mailbox that does not
 * exist, every address whose local part starts with "bounce" (550 5.1.1 at RCPT TO).
 */
final class BouncingGreenMail extends GreenMail {

    BouncingGreenMail(ServerSetup setup) {
        super(setup);
    }

    @Override
    protected Map<String, AbstractServer> createServices(ServerSetup[] setups, Managers ignored) {
        managers = new BouncingManagers();
        return super.createServices(setups, managers);
    }

    private static final class BouncingManagers extends Managers {

        private SmtpManager smtp;

        @Override
        public synchronized SmtpManager getSmtpManager() {
            if (smtp == null) {
                smtp = new SmtpManager(getImapHostManager(), getUserManager()) {
                    @Override
                    public String checkRecipient(SmtpState state, MailAddress address) {
                        return address.getEmail().startsWith("bounce") ? "550 5.1.1 <" + address.getEmail()
                                + ">: mailbox unavailable" : super.checkRecipient(state, address);
                    }
                };
            }
            return smtp;
        }
    }
}
