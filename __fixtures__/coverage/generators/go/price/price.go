// Package price computes prices with discounts.
package price

import "errors"

// Discount is a percentage or a fixed amount off.
type Discount struct {
	Kind  string
	Value float64
}

// Apply returns the discounted sum.
func Apply(sum float64, d Discount) (float64, error) {
	switch d.Kind {
	case "percent":
		return sum * (1 - d.Value/100), nil
	case "fixed":
		if d.Value > sum {
			return 0, nil
		}
		return sum - d.Value, nil
	}
	return 0, errors.New("unknown discount")
}

// Round rounds to cents.
func Round(v float64) float64 {
	return float64(int64(v*100+0.5)) / 100
}
