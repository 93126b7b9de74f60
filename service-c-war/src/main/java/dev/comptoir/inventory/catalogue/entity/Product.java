package dev.comptoir.inventory.catalogue.entity;

import static dev.comptoir.kit.json.Jsonp.JSON;

import dev.comptoir.kit.problem.Problem;
import dev.comptoir.kit.problem.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/** A product and its stock on hand; stock is never negative. */
@Entity
public class Product {

    @Id
    @Column(length = 64)
    private String sku;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal price;

    @Column(nullable = false)
    private int stock;

    @Version
    private long version;

    protected Product() {}

    public Product(String sku, String name, BigDecimal price, int stock) {
        this.sku = sku;
        this.name = name;
        this.price = price;
        this.stock = stock;
    }

    public void take(int quantity) {
        if (quantity > stock) {
            throw new ProblemException(Problem.of(
                            422,
                            "insufficient-stock",
                            "Insufficient stock",
                            "Only " + stock + " of " + sku + " in stock, " + quantity + " asked")
                    .with("sku", JSON.createValue(sku)));
        }
        stock -= quantity;
    }

    public void putBack(int quantity) {
        stock += quantity;
    }

    /** Units received (a restock), as opposed to a reservation's units put back. */
    public void restock(int quantity) {
        stock += quantity;
    }

    public String sku() {
        return sku;
    }

    public String name() {
        return name;
    }

    public BigDecimal price() {
        return price;
    }

    public int stock() {
        return stock;
    }
}
