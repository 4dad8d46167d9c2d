package io.fieldback.notification.internal;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.common.ApiException;
import io.fieldback.common.ETags;
import io.fieldback.customer.ContactService;
import io.fieldback.customer.ContactView;
import io.fieldback.notification.Channel;
import io.fieldback.notification.ContactProfileView;
import io.fieldback.notification.IdentityView;
import io.fieldback.notification.PreferenceView;
import io.fieldback.notification.internal.ContactRequests.IdentityRequest;
import io.fieldback.notification.internal.ContactRequests.PreferenceRequest;
import io.fieldback.notification.internal.ContactRequests.ProfileRequest;

/** A contact's messaging profile, channel identities and opt-outs. */
@ApplicationScoped
public class ContactChannelService {

    static final String E164 = "\\+[1-9][0-9]{6,14}";

    private final ContactService contacts;

    ContactChannelService(ContactService contacts) {
        this.contacts = contacts;
    }

    @Transactional
    public ContactProfileView profile(UUID contactId) {
        ContactView contact = contact(contactId);
        ContactProfile profile = ContactProfile.findById(contactId);
        return profile != null ? profile.view()
                : new ContactProfileView(contactId, contact.customerId(), null, null, null, 0, null, null);
    }

    @Transactional
    public ContactProfileView putProfile(UUID contactId, ProfileRequest request, String ifMatch) {
        ContactView contact = contact(contactId);
        if (request.timeZone() != null) {
            try {
                ZoneId.of(request.timeZone());
            } catch (DateTimeException e) {
                throw ApiException.badRequest("timeZone", "not an IANA time zone, e.g. Asia/Shanghai");
            }
        }
        ContactProfile profile = ContactProfile.findById(contactId);
        if (profile == null) {
            profile = new ContactProfile();
            profile.id = contactId;
            profile.customerId = contact.customerId();
        } else {
            ETags.require(ifMatch, profile.version);
        }
        profile.timeZone = request.timeZone();
        profile.locale = request.locale();
        profile.persistAndFlush();
        return profile.view();
    }

    /** Registers an identity; the same address again refreshes it (active again, WeChat credits replaced). */
    @Transactional
    public Created<IdentityView> addIdentity(UUID contactId, IdentityRequest request) {
        contact(contactId);
        String address = request.address().trim();
        validate(request.channel(), address);
        Identity identity = Identity.find("contactId = ?1 and channel = ?2 and address = ?3", contactId,
                request.channel(), address).firstResult();
        boolean created = identity == null;
        if (created) {
            identity = new Identity();
            identity.contactId = contactId;
            identity.channel = request.channel();
            identity.address = address;
        }
        identity.active = true;
        identity.droppedReason = null;
        identity.credits = request.channel() == Channel.WECHAT
                ? (request.credits() == null ? 1 : request.credits()) : null;
        if (request.channel() == Channel.PUSH) {
            identity.device = request.device() == null ? identity.device : request.device();
            retireOtherTokens(identity);
        }
        identity.persistAndFlush();
        return new Created<>(identity.view(), created);
    }

    /**
     * A push token belongs to one app install: registered for this contact, it leaves any other contact (the
     * phone changed hands), and it replaces the older tokens of the same device (FCM refreshed it).
     */
    private static void retireOtherTokens(Identity token) {
        Identity.update("active = false, droppedReason = 'MOVED', version = version + 1 where channel = ?1 "
                + "and address = ?2 and contactId <> ?3 and active = true", Channel.PUSH, token.address, token.contactId);
        if (token.device != null) {
            Identity.update("active = false, droppedReason = 'REPLACED', version = version + 1 where channel = ?1 "
                    + "and contactId = ?2 and device = ?3 and address <> ?4 and active = true", Channel.PUSH,
                    token.contactId, token.device, token.address);
        }
    }

    @Transactional
    public List<IdentityView> identities(UUID contactId) {
        contact(contactId);
        return Identity.<Identity>list("contactId = ?1 order by id", contactId).stream().map(Identity::view).toList();
    }

    @Transactional
    public PreferenceView putPreference(UUID contactId, PreferenceRequest request) {
        contact(contactId);
        return setPreference(contactId, request.channel(), request.topic(), request.optedOut(), "API").view();
    }

    @Transactional
    public List<PreferenceView> preferences(UUID contactId) {
        contact(contactId);
        return Preference.<Preference>list("contactId = ?1 order by id", contactId).stream().map(Preference::view)
                .toList();
    }

    /** Last word wins: a preference is what the customer said most recently, so no If-Match. */
    static Preference setPreference(UUID contactId, Channel channel, String topic, boolean optedOut, String source) {
        Preference preference = Preference.find("contactId = ?1 and channel = ?2 and topic = ?3", contactId, channel,
                topic).firstResult();
        if (preference == null) {
            preference = new Preference();
            preference.contactId = contactId;
            preference.channel = channel;
            preference.topic = topic;
        }
        preference.optedOut = optedOut;
        preference.source = source;
        preference.persistAndFlush();
        return preference;
    }

    private static void validate(Channel channel, String address) {
        boolean ok = switch (channel) {
            case SMS -> address.matches(E164);
            case EMAIL -> address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
            case WECHAT -> address.matches("[A-Za-z0-9_-]{6,64}");
            case PUSH -> address.matches("[A-Za-z0-9_:.-]{16,255}");
        };
        if (!ok) {
            throw ApiException.badRequest("address", switch (channel) {
                case SMS -> "an SMS number must be E.164: '+', country code and number, e.g. +8613800138000";
                case EMAIL -> "not an e-mail address";
                case WECHAT -> "not a WeChat openid";
                case PUSH -> "not a push token";
            });
        }
    }

    private ContactView contact(UUID contactId) {
        ContactView contact = contacts.system(contactId);
        if (contact == null) {
            throw ApiException.notFound("contact " + contactId);
        }
        return contact;
    }

    public record Created<T>(T view, boolean created) {
    }
}
