package archfixture.crm.loyalty.api;

public class LoyaltyView {
}
