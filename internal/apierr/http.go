package apierr

import (
	"encoding/json"
	"net/http"
	"slices"
	"strings"
)

// Code is an API's code type: a string whose values each have an HTTP status.
type Code interface {
	~string
	Status() int
}

// WriteJSON answers v as JSON with status.
func WriteJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// Write answers e in the envelope, with its code's status.
func Write[C Code](w http.ResponseWriter, e *Error[C]) {
	WriteJSON(w, e.Code.Status(), Body[C]{Error: e})
}

// Fallbacks registers on mux the answers to requests no route takes: a path of allowed (pattern → its methods, as
// "GET, POST") asked with another method gets `method` with an Allow header; any other path gets `notFound`.
func Fallbacks[C Code](mux *http.ServeMux, allowed map[string]string, method, notFound C) {
	for path, methods := range allowed {
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Allow", methods)
			Write(w, Errorf(method, "%s %s: use %s", r.Method, r.URL.Path, methods))
		})
	}
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		Write(w, Errorf(notFound, "no endpoint %s %s", r.Method, r.URL.Path))
	})
}

// Mux serves routes (each pattern "METHOD /path" with its handler) and answers the rest with Fallbacks: a route's
// path asked with another method gets `method`, with an Allow header naming the path's methods (sorted); any other
// path gets `notFound`.
func Mux[C Code](routes map[string]http.HandlerFunc, method, notFound C) *http.ServeMux {
	mux := http.NewServeMux()
	methods := map[string][]string{}
	for pattern, h := range routes {
		m, path, ok := strings.Cut(pattern, " ")
		if !ok {
			panic("apierr.Mux: route " + pattern + " has no method")
		}
		mux.HandleFunc(pattern, h)
		methods[path] = append(methods[path], m)
	}
	allowed := make(map[string]string, len(methods))
	for path, ms := range methods {
		slices.Sort(ms)
		allowed[path] = strings.Join(ms, ", ")
	}
	Fallbacks(mux, allowed, method, notFound)
	return mux
}
