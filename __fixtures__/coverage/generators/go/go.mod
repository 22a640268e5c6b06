module github.com/acme/goshop

go 1.19
