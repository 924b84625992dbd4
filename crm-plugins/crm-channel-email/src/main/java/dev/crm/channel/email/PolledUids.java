package dev.crm.channel.email;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The IMAP UIDs of the messages one poll returned, by their externalMessageId, so that
 * confirmPolled can flag exactly those. UIDs hold only within one UIDVALIDITY of the folder.
 */
record PolledUids(long uidValidity, Map<String, Long> uidsByMessageId) {

    PolledUids {
        uidsByMessageId = Map.copyOf(uidsByMessageId);
    }

    Long uidOf(String externalMessageId, long currentUidValidity) {
        return currentUidValidity == uidValidity ? uidsByMessageId.get(externalMessageId) : null;
    }

    PolledUids without(Collection<String> externalMessageIds) {
        Map<String, Long> rest = new HashMap<>(uidsByMessageId);
        rest.keySet().removeAll(externalMessageIds);
        return new PolledUids(uidValidity, rest);
    }
}
