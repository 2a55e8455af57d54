// The libsecret client's requests that copy or move an item (history and
// trash, SecretServicePast.cpp). See SecretServiceClient.h.
#include "SecretServiceGlib.h"

#include <memory>

namespace latchkey::secretservice {

using namespace glib;

namespace {

using Next = Client::Private::Next;

// Stores `value` into the item matching `match`, as Client::store() does:
// the first unlocked one is updated and duplicates removed, or one is created.
void storeInto(Client::Private* d, const Attributes& match, const Attributes& attributes,
               const std::string& label, std::shared_ptr<Bytes> value, GCancellable* cancellable,
               Next next)
{
    d->search(match, cancellable,
              [d, attributes, label, value, cancellable,
               next](Status status, std::vector<std::string> unlocked, auto locked) {
                  if (!status.ok())
                      return next(status);
                  if (unlocked.empty() && !locked.empty())
                      return next({Code::Locked, "the item is locked"});
                  if (unlocked.empty())
                      return d->create(attributes, label, *value, cancellable, next);
                  const std::string first = unlocked.front();
                  unlocked.erase(unlocked.begin());
                  d->update(first, attributes, label, *value, cancellable,
                            [d, unlocked, cancellable, next](Status s) {
                                if (!s.ok())
                                    return next(s);
                                d->removeAll(unlocked, cancellable, next);
                            });
              });
}

// Sets the attributes, then the label, of each item in turn. The attributes
// are what searches match: once they are set the item has moved; the label
// only tells people.
void relabelAll(Client::Private* d, std::vector<std::string> paths, const Attributes& attributes,
                const std::string& label, GCancellable* cancellable, Next done)
{
    if (paths.empty())
        return done({});
    const std::string path = paths.back();
    paths.pop_back();
    d->call(path.c_str(), kProperties, "Set",
            g_variant_new("(ssv)", kItemInterface, "Attributes", attributesVariant(attributes)),
            nullptr, cancellable,
            [d, path, paths, attributes, label, cancellable, done](Status status, GVariant*) {
                if (!status.ok())
                    return done(status);
                d->call(path.c_str(), kProperties, "Set",
                        g_variant_new("(ssv)", kItemInterface, "Label",
                                      g_variant_new_string(label.c_str())),
                        nullptr, cancellable,
                        [d, paths, attributes, label, cancellable, done](Status s, GVariant*) {
                            if (!s.ok())
                                return done(s);
                            relabelAll(d, paths, attributes, label, cancellable, done);
                        });
            });
}

// Moves each item by making a new one with `attributes` and deleting the old
// one, for providers whose Attributes property adds the given attributes to
// the item's instead of replacing them (KeePassXC 2.7): after relabelAll()
// the item still answers to its old attributes. The new item is created
// before the old one is deleted, so an interruption leaves the value twice,
// never nowhere; without "replace", since the old item now carries the new
// attributes too and would be the one updated.
void recreateAll(Client::Private* d, std::vector<std::string> paths, const Attributes& attributes,
                 const std::string& label, GCancellable* cancellable, Next done)
{
    if (paths.empty())
        return done({});
    const std::string path = paths.back();
    paths.pop_back();
    if (!d->service)
        return done({Code::Unavailable, "the Secret Service was disconnected"});
    auto value = std::make_shared<Bytes>();
    Client::Private::fetchSecret(
        d->service, path, cancellable, value,
        [d, path, paths, attributes, label, cancellable, value, done](Status status) {
            if (!status.ok())
                return done(status);
            d->create(
                attributes, label, *value, cancellable,
                [d, path, paths, attributes, label, cancellable, value, done](Status created) {
                    value->clear();
                    if (!created.ok())
                        return done(created);
                    d->removeAll({path}, cancellable,
                                 [d, paths, attributes, label, cancellable, done](Status s) {
                                     if (!s.ok())
                                         return done(s);
                                     recreateAll(d, paths, attributes, label, cancellable, done);
                                 });
                },
                false);
        });
}

} // namespace

Client::Handle Client::copy(Attributes from, Attributes toMatch, Attributes attributes,
                            std::string label, Done done)
{
    const Handle handle = ++d->nextHandle;
    auto value = std::make_shared<Bytes>();
    d->request(
        handle,
        [this, from, toMatch, attributes, label, value](GCancellable* cancellable, Next next) {
            d->search(
                from, cancellable,
                [this, toMatch, attributes, label, value, cancellable,
                 next](Status status, auto unlocked, auto locked) {
                    if (!status.ok())
                        return next(status);
                    if (unlocked.empty())
                        return next(locked.empty() ? Status{Code::NotFound, "no such item"}
                                                   : Status{Code::Locked, "the item is locked"});
                    if (!d->service)
                        return next({Code::Unavailable, "the Secret Service was disconnected"});
                    secret_service_get_secret_for_dbus_path(
                        d->service, unlocked.front().c_str(), cancellable, trampoline,
                        wrap([this, toMatch, attributes, label, value, cancellable,
                              next](GObject* source, GAsyncResult* result) {
                            GError* error = nullptr;
                            SecretValue* secret = secret_service_get_secret_for_dbus_path_finish(
                                SECRET_SERVICE(source), result, &error);
                            if (!secret)
                                return next(error ? take(error)
                                                  : Status{Code::Locked, "the item is locked"});
                            gsize size = 0;
                            const gchar* bytes = secret_value_get(secret, &size);
                            *value = Bytes(bytes, size);
                            secret_value_unref(secret);
                            storeInto(d.get(), toMatch, attributes, label, value, cancellable,
                                      next);
                        }));
                });
        },
        [value, done](Status status) {
            value->clear();
            done(status);
        });
    return handle;
}

Client::Handle Client::relabel(Attributes from, Attributes attributes, std::string label, Done done)
{
    const Handle handle = ++d->nextHandle;
    d->request(
        handle,
        [this, from, attributes, label](GCancellable* cancellable, Next next) {
            // Moved means no longer where it was: ask again afterwards.
            auto verify = [this, from, cancellable](Next answer) {
                d->search(from, cancellable, [answer](Status s, auto u, auto l) {
                    if (!s.ok())
                        return answer(s);
                    if (!u.empty() || !l.empty())
                        return answer({Code::Other, "the item is still there after it was moved"});
                    answer({});
                });
            };
            auto move = [this, from, attributes, label, cancellable, next,
                         verify](const std::vector<std::string>& items) {
                relabelAll(d.get(), items, attributes, label, cancellable,
                           [this, from, attributes, label, cancellable, next, verify](Status s) {
                               if (!s.ok())
                                   return next(s);
                               d->search(from, cancellable,
                                         [this, attributes, label, cancellable, next,
                                          verify](Status s2, auto unlocked, auto locked) {
                                             if (!s2.ok())
                                                 return next(s2);
                                             if (unlocked.empty() && locked.empty())
                                                 return next({});
                                             if (!locked.empty())
                                                 return next({Code::Locked, "the item is locked"});
                                             // The provider kept the old attributes.
                                             recreateAll(d.get(), unlocked, attributes, label,
                                                         cancellable, [next, verify](Status s3) {
                                                             if (!s3.ok())
                                                                 return next(s3);
                                                             verify(next);
                                                         });
                                         });
                           });
            };
            d->search(from, cancellable,
                      [this, move, cancellable, next](Status status, auto unlocked, auto locked) {
                          if (!status.ok())
                              return next(status);
                          if (unlocked.empty() && locked.empty())
                              return next({Code::NotFound, "no such item"});
                          if (locked.empty())
                              return move(unlocked);
                          // Locked in an unlocked collection: the provider
                          // wants the user's permission first (KeePassXC's
                          // access dialog; SecretServicePermit.cpp).
                          d->permit(locked, cancellable,
                                    [move, unlocked, locked, next](Status permitted) {
                                        if (!permitted.ok())
                                            return next(permitted);
                                        std::vector<std::string> all = unlocked;
                                        all.insert(all.end(), locked.begin(), locked.end());
                                        move(all);
                                    });
                      });
        },
        done);
    return handle;
}

} // namespace latchkey::secretservice
