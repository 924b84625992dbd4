package archfixture.crm.customer.internal;

public class CustomerSecret {
}
