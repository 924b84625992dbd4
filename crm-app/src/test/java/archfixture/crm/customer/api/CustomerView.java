package archfixture.crm.customer.api;

public class CustomerView {
}
