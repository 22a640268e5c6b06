import com.acme.shop.Cart;
import com.acme.shop.util.Money;

/** A second test run (a second JaCoCo report of the same classes). */
public class MoneyTest {
    public static void main(String[] args) {
        if (!"$1.00".equals(Money.format(1, "USD"))) throw new AssertionError("usd");
        if (!new Cart().isEmpty()) throw new AssertionError("empty");
        System.out.println("ok");
    }
}
