#!/bin/bash
# deb post-install: electron-builder's own steps (chrome-sandbox, desktop and MIME databases, AppArmor),
# except that /usr/bin/crumbs is the command line (resources/bin/crumbs), not the desktop binary.

APP_DIR='/opt/${sanitizedProductName}'
CLI="$APP_DIR/resources/bin/crumbs"

chmod 0755 "$CLI" || true
if type update-alternatives >/dev/null 2>&1; then
    if [ -L /usr/bin/crumbs ] && [ "$(readlink /usr/bin/crumbs)" != /etc/alternatives/crumbs ]; then
        rm -f /usr/bin/crumbs
    fi
    update-alternatives --install /usr/bin/crumbs crumbs "$CLI" 100 || ln -sf "$CLI" /usr/bin/crumbs
else
    ln -sf "$CLI" /usr/bin/crumbs
fi

# Use the SUID chrome-sandbox only where unprivileged user namespaces do not work.
if ! { [[ -L /proc/self/ns/user ]] && unshare --user true; }; then
    chmod 4755 "$APP_DIR/chrome-sandbox" || true
else
    chmod 0755 "$APP_DIR/chrome-sandbox" || true
fi

if hash update-mime-database 2>/dev/null; then
    update-mime-database /usr/share/mime || true
fi
if hash update-desktop-database 2>/dev/null; then
    update-desktop-database /usr/share/applications || true
fi

# Ubuntu 24.04+ restricts user namespaces through AppArmor: install the profile electron-builder ships,
# when this AppArmor understands it (22.04's does not, and needs none).
if apparmor_status --enabled > /dev/null 2>&1; then
  APPARMOR_PROFILE_SOURCE="$APP_DIR/resources/apparmor-profile"
  APPARMOR_PROFILE_TARGET='/etc/apparmor.d/${executable}'
  if apparmor_parser --skip-kernel-load --debug "$APPARMOR_PROFILE_SOURCE" > /dev/null 2>&1; then
    cp -f "$APPARMOR_PROFILE_SOURCE" "$APPARMOR_PROFILE_TARGET"
    if ! { [ -x '/usr/bin/ischroot' ] && /usr/bin/ischroot; } && hash apparmor_parser 2>/dev/null; then
      apparmor_parser --replace --write-cache --skip-read-cache "$APPARMOR_PROFILE_TARGET"
    fi
  else
    echo "Skipping the AppArmor profile: this AppArmor does not support it."
  fi
fi
