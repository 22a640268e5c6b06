package stock

import "testing"

func TestTake(t *testing.T) {
	l := &Level{SKU: "a", Quantity: 3}
	if !l.Take(2) || l.Take(5) {
		t.Fatal("take")
	}
	if l.Value(1.5) != 1.5 {
		t.Fatalf("value %v", l.Value(1.5))
	}
}
