# Theorem Catalogue: the Python app plus the Lean 4 toolchain pinned by lean-toolchain (installed with elan).
FROM python:3.12-slim-bookworm

RUN apt-get update \
 && apt-get install -y --no-install-recommends curl ca-certificates git bubblewrap \
 && rm -rf /var/lib/apt/lists/*

RUN useradd --create-home catalogue
USER catalogue
WORKDIR /home/catalogue/app
ENV PATH="/home/catalogue/.elan/bin:/home/catalogue/.local/bin:${PATH}"

# The toolchain named by lean-toolchain, and nothing else.
COPY --chown=catalogue lean-toolchain ./
RUN curl -sSfL https://raw.githubusercontent.com/leanprover/elan/master/elan-init.sh -o /tmp/elan-init.sh \
 && sh /tmp/elan-init.sh -y --default-toolchain none \
 && elan toolchain install "$(cat lean-toolchain)" \
 && rm /tmp/elan-init.sh

COPY --chown=catalogue . .
RUN pip install --user --no-cache-dir -e '.[postgres]' \
 && lake build

ENV DATABASE_URL=sqlite:////home/catalogue/app/var/catalogue.db
EXPOSE 8000
CMD ["sh", "-c", "catalogue index && catalogue serve --host 0.0.0.0 --port 8000"]
