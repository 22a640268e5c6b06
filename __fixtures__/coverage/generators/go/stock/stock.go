// Package stock tracks quantities.
package stock

import "github.com/acme/goshop/price"

// Level is the stock of one SKU.
type Level struct {
	SKU      string
	Quantity int
}

// Take removes n items, reporting whether there were enough.
func (l *Level) Take(n int) bool {
	if n <= 0 {
		return false
	}
	if n > l.Quantity {
		return false
	}
	l.Quantity -= n
	return true
}

// Value is the stock's value at a unit price, rounded to cents.
func (l *Level) Value(unit float64) float64 {
	return price.Round(unit * float64(l.Quantity))
}

// Restock adds n items.
func (l *Level) Restock(n int) {
	for i := 0; i < n; i++ {
		l.Quantity++
	}
}
