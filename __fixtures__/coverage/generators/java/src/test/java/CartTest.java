import com.acme.shop.Cart;
import com.acme.shop.util.Money;

/** A plain main-method "test" (no JUnit on this machine). */
public class CartTest {
    public static void main(String[] args) {
        Cart cart = new Cart().add(2.5).add(1.5);
        if (cart.total() != 4.0) throw new AssertionError("total");
        if (cart.totalWithDiscount(50) != 2.0) throw new AssertionError("discount");
        if (!"4.00 €".equals(Money.format(4, "EUR"))) throw new AssertionError("format");
        System.out.println("ok");
    }
}
