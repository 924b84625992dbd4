package dev.crm.channel.wechat;

import dev.crm.plugin.api.DeliveryResult;

/**
 * Ends a delivery attempt early with the result to report, from wherever in the token fetch or
 * the API call the failure was found.
 */
final class DeliveryFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient DeliveryResult result;

    private DeliveryFailure(DeliveryResult result, String reason) {
        super(reason, null, false, false);
        this.result = result;
    }

    static DeliveryFailure retryLater(String reason) {
        return new DeliveryFailure(DeliveryResult.retryLater(reason), reason);
    }

    static DeliveryFailure permanent(String reason) {
        return new DeliveryFailure(DeliveryResult.permanentFailure(reason), reason);
    }

    DeliveryResult result() {
        return result;
    }
}
