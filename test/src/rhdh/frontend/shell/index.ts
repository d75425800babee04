// Module federation needs an asynchronous boundary before the shared modules are used, as in RHDH's app.
import('./bootstrap');
