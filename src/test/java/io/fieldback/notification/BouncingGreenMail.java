package io.fieldback.notification;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * GreenMail takes every recipient; this one refuses, as a real server does for a mailbox that does not
 * exist, every address whose local part starts with "bounce" (550 5.1.1 at RCPT TO), and greylists an address
 * whose local part starts with "greylist": its first delivery is refused for now (451 4.7.1), later ones taken.
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
        private final Set<String> greylisted = ConcurrentHashMap.newKeySet();

        @Override
        public synchronized SmtpManager getSmtpManager() {
            if (smtp == null) {
                smtp = new SmtpManager(getImapHostManager(), getUserManager()) {
                    @Override
                    public String checkRecipient(SmtpState state, MailAddress address) {
                        String email = address.getEmail();
                        if (email.startsWith("bounce")) {
                            return "550 5.1.1 <" + email + ">: mailbox unavailable";
                        }
                        if (email.startsWith("greylist") && greylisted.add(email)) {
                            return "451 4.7.1 <" + email + ">: greylisted, try again later";
                        }
                        return super.checkRecipient(state, address);
                    }
                };
            }
            return smtp;
        }
    }
}
