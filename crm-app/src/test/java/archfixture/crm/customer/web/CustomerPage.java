package archfixture.crm.customer.web;

public class CustomerPage {
}
