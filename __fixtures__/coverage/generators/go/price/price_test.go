package price

import "testing"

func TestPercent(t *testing.T) {
	got, err := Apply(100, Discount{Kind: "percent", Value: 10})
	if err != nil || got != 90 {
		t.Fatalf("got %v %v", got, err)
	}
}
